import type { Bootstrap } from '@superset-ts/shared';
import { Alert, Button, Flex } from 'antd';
import { oauthProviderIcon } from './oauth-provider-icon';

type OAuthProvider = Bootstrap['common']['oauth_providers'][number];

/** Where the server starts a sign-in with `provider`, carrying `next` along. */
export function oauthLoginHref(provider: string, next: string | null): string {
  const path = `/login/${encodeURIComponent(provider)}`;
  return next ? `${path}?next=${encodeURIComponent(next)}` : path;
}

/**
 * AUTH_OAUTH sign-in: one button per configured provider. Each is a plain link, so the
 * browser goes to the server, which sends it on to the provider.
 */
export function OAuthProviderButtons({
  providers,
  next,
}: {
  providers: readonly OAuthProvider[];
  next: string | null;
}) {
  if (providers.length === 0) {
    return (
      <Alert
        type="warning"
        showIcon
        message="No sign-in provider is configured"
        description="This server signs in with OAuth, but OAUTH_PROVIDERS lists no provider. Ask an administrator."
      />
    );
  }
  return (
    <Flex vertical gap="small" role="group" aria-label="Sign-in providers">
      {providers.map((provider) => {
        const Icon = oauthProviderIcon(provider.icon);
        return (
          <Button
            key={provider.name}
            href={oauthLoginHref(provider.name, next)}
            icon={<Icon aria-hidden />}
            size="large"
            block
          >
            Sign in with {provider.name}
          </Button>
        );
      })}
    </Flex>
  );
}
