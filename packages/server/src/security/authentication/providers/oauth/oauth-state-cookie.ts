import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from 'node:crypto';
import { z } from 'zod';

/** The cookie that carries a sign-in attempt from `/login/<provider>` to the callback. */
export const OAUTH_STATE_COOKIE = 'oauth_state';

/** How long a sign-in attempt may take at the provider. */
export const OAUTH_STATE_LIFETIME_SECONDS = 600;

const pendingLoginSchema = z.object({
  provider: z.string(),
  state: z.string(),
  codeVerifier: z.string(),
  /** The redirect_uri sent to the provider, which the code exchange must repeat exactly. */
  redirectUri: z.string(),
  next: z.string(),
  expiresAt: z.number(),
});

/** A sign-in attempt waiting for the provider's answer. */
export type PendingOAuthLogin = z.infer<typeof pendingLoginSchema>;

const IV_BYTES = 12;
const TAG_BYTES = 16;

function keyFrom(secretKey: string): Buffer {
  return Buffer.from(hkdfSync('sha256', secretKey, 'superset-ts', 'oauth-state-cookie-v1', 32));
}

/**
 * Seals and opens pending sign-ins with AES-256-GCM under a key derived from SECRET_KEY, so
 * the browser carries them (bound to that browser, like a session) without being able to read
 * the PKCE verifier or change the provider, state or `next`.
 */
export function createOAuthStateSealer(secretKey: string) {
  const key = keyFrom(secretKey);
  return {
    seal(pending: PendingOAuthLogin): string {
      const iv = randomBytes(IV_BYTES);
      const cipher = createCipheriv('aes-256-gcm', key, iv);
      const body = Buffer.concat([cipher.update(JSON.stringify(pending), 'utf8'), cipher.final()]);
      return Buffer.concat([iv, cipher.getAuthTag(), body]).toString('base64url');
    },

    /** The pending sign-in, or undefined when the value is forged, damaged or expired. */
    open(sealed: string | undefined, nowSeconds: number): PendingOAuthLogin | undefined {
      if (!sealed) return undefined;
      try {
        const raw = Buffer.from(sealed, 'base64url');
        if (raw.length <= IV_BYTES + TAG_BYTES) return undefined;
        const decipher = createDecipheriv('aes-256-gcm', key, raw.subarray(0, IV_BYTES), {
          authTagLength: TAG_BYTES,
        });
        decipher.setAuthTag(raw.subarray(IV_BYTES, IV_BYTES + TAG_BYTES));
        const text = Buffer.concat([
          decipher.update(raw.subarray(IV_BYTES + TAG_BYTES)),
          decipher.final(),
        ]).toString('utf8');
        const pending = pendingLoginSchema.parse(JSON.parse(text));
        return pending.expiresAt > nowSeconds ? pending : undefined;
      } catch {
        return undefined;
      }
    },
  };
}

export type OAuthStateSealer = ReturnType<typeof createOAuthStateSealer>;
