import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { bootstrapSchema } from '@superset-ts/shared';
import { createTestApp, type TestApp } from '../../app/test-support/test-app.js';
import type { OAuthUserInfoHook } from '../../config/keys/hook-types.js';
import { createUserRepository } from '../users/user.repository.js';
import {
  rowsWithAction,
  waitForLogRows,
} from '../../logging/test-support/action-log-test-support.js';
import {
  startTestOAuthProvider,
  type TestOAuthProvider,
} from '../../security/authentication/providers/oauth/test-support/test-oauth-provider.js';

const CLIENT = { clientId: 'superset-client', clientSecret: 'client-secret-value' };

/** A browser: keeps cookies per name and follows nothing on its own. */
function createBrowser() {
  const jar = new Map<string, string>();
  return {
    async get(url: string): Promise<Response> {
      const cookie = [...jar].map(([name, value]) => `${name}=${value}`).join('; ');
      const response = await fetch(url, { redirect: 'manual', headers: cookie ? { cookie } : {} });
      for (const line of response.headers.getSetCookie()) {
        const [pair = ''] = line.split(';');
        const [name = '', value = ''] = pair.split('=');
        if (/max-age=0|expires=thu, 01 jan 1970/i.test(line) || value === '') jar.delete(name);
        else jar.set(name, value);
      }
      return response;
    },
    has: (name: string) => jar.has(name),
    forget: (name: string) => jar.delete(name),
  };
}

type Browser = ReturnType<typeof createBrowser>;

describe('AUTH_OAUTH sign-in against a real OAuth 2.0 provider', () => {
  let idp: TestOAuthProvider;
  let t: TestApp | undefined;
  let base = '';

  beforeAll(async () => {
    idp = await startTestOAuthProvider(CLIENT);
  });
  afterAll(async () => idp.close());
  afterEach(async () => {
    await t?.close();
    t = undefined;
    idp.signedInAs = null;
    idp.tokenRequests.length = 0;
  });

  const providerConfig = (
    remoteApp: Record<string, unknown> = {},
    extra: Record<string, unknown> = {},
  ) => ({
    name: 'acme',
    icon: 'fa-key',
    token_key: 'access_token',
    remote_app: {
      client_id: CLIENT.clientId,
      client_secret: CLIENT.clientSecret,
      api_base_url: `${idp.baseUrl}/`,
      authorize_url: `${idp.baseUrl}/authorize`,
      access_token_url: `${idp.baseUrl}/token`,
      client_kwargs: { scope: 'openid email profile' },
      ...remoteApp,
    },
    ...extra,
  });

  const serve = async (overrides: Record<string, unknown> = {}) => {
    t = await createTestApp({
      overrides: {
        AUTH_TYPE: 'AUTH_OAUTH',
        OAUTH_PROVIDERS: [providerConfig()],
        AUTH_USER_REGISTRATION: true,
        AUTH_USER_REGISTRATION_ROLE: 'Gamma',
        AUTH_ROLES_MAPPING: { analysts: ['Alpha'] },
        ...overrides,
      },
    });
    base = await t.app.listen({ port: 0, host: '127.0.0.1' });
    return t;
  };

  /** Starts at /login/<provider>, lets the provider answer, and returns the callback's response. */
  const signIn = async (browser: Browser, path = '/login/acme') => {
    const start = await browser.get(`${base}${path}`);
    expect(start.status).toBe(302);
    const atProvider = await browser.get(start.headers.get('location') ?? '');
    expect(atProvider.status).toBe(302);
    return browser.get(atProvider.headers.get('location') ?? '');
  };

  const whoAmI = async (browser: Browser) => {
    const response = await browser.get(`${base}/api/v1/me/`);
    return response.status === 200
      ? ((await response.json()) as { result: Record<string, unknown> }).result
      : null;
  };

  it('sends the browser to the provider with client_id, callback, scope, state and PKCE', async () => {
    await serve();
    const start = await createBrowser().get(`${base}/login/acme?next=%2Fsuperset%2Fwelcome%2F`);
    expect(start.status).toBe(302);
    const location = new URL(start.headers.get('location') ?? '');
    expect(`${location.origin}${location.pathname}`).toBe(`${idp.baseUrl}/authorize`);
    expect(Object.fromEntries(location.searchParams)).toMatchObject({
      response_type: 'code',
      client_id: CLIENT.clientId,
      redirect_uri: `${base}/oauth-authorized/acme`,
      scope: 'openid email profile',
      code_challenge_method: 'S256',
    });
    expect(location.searchParams.get('state')).toMatch(/^[\w-]{40,}$/);
    expect(location.searchParams.get('code_challenge')).toMatch(/^[\w-]{43}$/);
    const cookie = start.headers.getSetCookie().find((line) => line.startsWith('oauth_state='));
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/Path=\/oauth-authorized\//);
    expect(cookie).toMatch(/SameSite=Lax/i);
    expect(cookie).not.toContain(location.searchParams.get('state'));
  });

  it('registers a first-time user, starts a session and returns them to next', async () => {
    await serve();
    idp.signedInAs = {
      sub: '42',
      preferred_username: 'ann',
      given_name: 'Ann',
      family_name: 'Archer',
      email: 'ann@example.org',
      groups: ['analysts'],
    };
    const browser = createBrowser();

    const done = await signIn(browser, '/login/acme?next=%2Fsuperset%2Fwelcome%2F%3Ftab%3D2');

    expect(done.status).toBe(302);
    expect(done.headers.get('location')).toBe('/superset/welcome/?tab=2');
    expect(browser.has('oauth_state')).toBe(false);
    expect(await whoAmI(browser)).toMatchObject({
      username: 'ann',
      first_name: 'Ann',
      last_name: 'Archer',
      email: 'ann@example.org',
      roles: ['Alpha', 'Gamma'],
    });
    const token = idp.tokenRequests[0];
    expect(token?.authorization).toBe(
      `Basic ${Buffer.from(`${CLIENT.clientId}:${CLIENT.clientSecret}`).toString('base64')}`,
    );
    expect(token?.form).not.toHaveProperty('client_secret');
  });

  it('records the sign-in in the action log as UserLoggedIn for the user', async () => {
    const app = await serve();
    idp.signedInAs = { sub: '7', preferred_username: 'bea', email: 'bea@example.org' };

    expect((await signIn(createBrowser())).status).toBe(302);

    const bea = await createUserRepository(app.metadataDb).findByUsername('bea');
    const rows = await waitForLogRows(
      app.metadataDb,
      (all) => rowsWithAction(all, 'UserLoggedIn').length > 0,
    );
    expect(rowsWithAction(rows, 'UserLoggedIn').map((row) => row.user_id)).toEqual([bea?.id]);
    expect(JSON.stringify(rows)).not.toContain('client-secret-value');
  });

  it('refuses an answer whose state does not match this browser’s attempt, with no session', async () => {
    await serve();
    idp.signedInAs = { preferred_username: 'ann', email: 'ann@example.org' };
    const victim = createBrowser();
    const start = await victim.get(`${base}/login/acme`);
    const atProvider = await victim.get(start.headers.get('location') ?? '');
    const callback = new URL(atProvider.headers.get('location') ?? '');

    callback.searchParams.set('state', 'forged-state');
    const forged = await victim.get(callback.toString());
    expect(forged.status).toBe(400);
    expect(await forged.json()).toMatchObject({ errors: [{ error_type: 'OAUTH_STATE_INVALID' }] });
    expect(forged.headers.getSetCookie().some((line) => line.startsWith('session='))).toBe(false);
    expect(await whoAmI(victim)).toBeNull();
    expect(idp.tokenRequests).toHaveLength(0);

    // A callback link opened in another browser (an attacker's code pushed to a victim).
    const other = createBrowser();
    const elsewhere = await other.get(atProvider.headers.get('location') ?? '');
    expect(elsewhere.status).toBe(400);
    expect(await whoAmI(other)).toBeNull();
  });

  it('answers 404 for a provider that is not configured', async () => {
    await serve();
    const browser = createBrowser();
    expect((await browser.get(`${base}/login/nope`)).status).toBe(404);
    expect((await browser.get(`${base}/oauth-authorized/nope?code=x&state=y`)).status).toBe(404);
  });

  it('maps the user info with OAUTH_USER_INFO when it is set', async () => {
    const hook: OAuthUserInfoHook = (provider, tokens, info) => ({
      username: `${provider}-${String(info.employee_id)}`,
      email: String(info.mail),
      first_name: 'From',
      last_name: typeof tokens.access_token === 'string' ? 'Hook' : 'NoToken',
      role_keys: ['analysts'],
    });
    await serve({ OAUTH_USER_INFO: hook });
    idp.signedInAs = { employee_id: 7, mail: 'seven@example.org' };
    const browser = createBrowser();
    await signIn(browser);
    expect(await whoAmI(browser)).toMatchObject({
      username: 'acme-7',
      last_name: 'Hook',
      roles: ['Alpha', 'Gamma'],
    });
  });

  it('finds endpoints through server_metadata_url and authenticates in the form when asked', async () => {
    await serve({
      OAUTH_PROVIDERS: [
        providerConfig({
          api_base_url: undefined,
          authorize_url: undefined,
          access_token_url: undefined,
          server_metadata_url: `${idp.baseUrl}/.well-known/openid-configuration`,
          client_kwargs: { scope: 'openid', token_endpoint_auth_method: 'client_secret_post' },
        }),
      ],
    });
    idp.signedInAs = { sub: 'abc', email: 'dee@example.org' };
    const browser = createBrowser();
    expect((await signIn(browser)).status).toBe(302);
    expect(await whoAmI(browser)).toMatchObject({ username: 'dee@example.org' });
    expect(idp.tokenRequests[0]?.form).toMatchObject({ client_id: CLIENT.clientId });
    expect(idp.tokenRequests[0]?.authorization).toBeUndefined();
  });

  it('refuses an unknown user without AUTH_USER_REGISTRATION like a wrong password', async () => {
    await serve({ AUTH_USER_REGISTRATION: false });
    idp.signedInAs = { preferred_username: 'stranger', email: 's@example.org' };
    const browser = createBrowser();
    const done = await signIn(browser);
    expect(done.status).toBe(401);
    expect(await done.json()).toMatchObject({ errors: [{ error_type: 'INVALID_CREDENTIALS' }] });
    expect(await whoAmI(browser)).toBeNull();
    expect(await createUserRepository(t!.metadataDb).findByUsername('stranger')).toBeUndefined();
  });

  it('fails the sign-in, without details, when the provider refuses or rejects the client', async () => {
    await serve({
      OAUTH_PROVIDERS: [
        providerConfig({ client_secret: 'not-the-secret' }, { whitelist: ['@example\\.org$'] }),
      ],
    });
    const browser = createBrowser();
    const denied = await signIn(browser);
    expect(denied.status).toBe(401);
    expect(await denied.json()).toMatchObject({ errors: [{ error_type: 'OAUTH_LOGIN_FAILED' }] });

    idp.signedInAs = { preferred_username: 'ann', email: 'ann@example.org' };
    const rejected = await signIn(browser);
    expect(rejected.status).toBe(401);
    const body = await rejected.text();
    expect(body).toContain('OAUTH_LOGIN_FAILED');
    expect(body).not.toContain('not-the-secret');
    expect(body).not.toContain('invalid_client');
    expect(await whoAmI(browser)).toBeNull();
  });

  it('lets only whitelisted e-mail addresses in', async () => {
    await serve({ OAUTH_PROVIDERS: [providerConfig({}, { whitelist: ['@example\\.org$'] })] });
    idp.signedInAs = { preferred_username: 'eve', email: 'eve@evil.example' };
    const browser = createBrowser();
    const refused = await signIn(browser);
    expect(refused.status).toBe(401);
    expect(await whoAmI(browser)).toBeNull();

    idp.signedInAs = { preferred_username: 'ann', email: 'ann@example.org' };
    expect((await signIn(browser)).status).toBe(302);
    expect(await whoAmI(browser)).toMatchObject({ username: 'ann' });
  });

  it('never sends the user off-site after sign-in', async () => {
    await serve();
    idp.signedInAs = { preferred_username: 'ann', email: 'ann@example.org' };
    const done = await signIn(createBrowser(), '/login/acme?next=%2F%2Fevil.example%2F');
    expect(done.headers.get('location')).toBe('/superset/welcome/');
  });

  it('offers the providers to the login page by name and icon, never their secrets', async () => {
    await serve();
    const page = await (await createBrowser().get(`${base}/login/`)).text();
    const json =
      /<script id="bootstrap-data" type="application\/json">(.*?)<\/script>/s.exec(page)?.[1] ?? '';
    const bootstrap = bootstrapSchema.parse(JSON.parse(json));
    expect(bootstrap.common.oauth_providers).toEqual([{ name: 'acme', icon: 'fa-key' }]);
    expect(page).not.toContain(CLIENT.clientSecret);
    expect(page).not.toContain(CLIENT.clientId);
  });

  it('has no OAuth routes unless AUTH_TYPE is AUTH_OAUTH', async () => {
    await serve({ AUTH_TYPE: 'AUTH_DB' });
    const response = await createBrowser().get(`${base}/login/acme`);
    expect(response.status).toBe(404);
  });
});
