import { describe, expect, it } from 'vitest';
import { createOAuthStateSealer, type PendingOAuthLogin } from './oauth-state-cookie.js';

const pending: PendingOAuthLogin = {
  provider: 'acme',
  state: 'state-value',
  codeVerifier: 'verifier-value',
  redirectUri: 'https://superset.example/oauth-authorized/acme',
  next: '/superset/welcome/',
  expiresAt: 2_000,
};

describe('the sealed OAuth state cookie', () => {
  const sealer = createOAuthStateSealer('a-secret-key-that-is-long-enough-0123456789');

  it('opens what it sealed, and hides the verifier from the browser', () => {
    const sealed = sealer.seal(pending);
    expect(sealer.open(sealed, 1_000)).toEqual(pending);
    expect(Buffer.from(sealed, 'base64url').toString('latin1')).not.toContain('verifier-value');
  });

  it('refuses an expired, altered, truncated, foreign or missing value', () => {
    const sealed = sealer.seal(pending);
    const raw = Buffer.from(sealed, 'base64url');
    raw[raw.length - 1] = (raw[raw.length - 1] ?? 0) ^ 1;
    const other = createOAuthStateSealer('another-secret-key-that-is-long-enough-98765');

    expect(sealer.open(sealed, 2_000)).toBeUndefined();
    expect(sealer.open(raw.toString('base64url'), 1_000)).toBeUndefined();
    expect(sealer.open(sealed.slice(0, 30), 1_000)).toBeUndefined();
    expect(other.open(sealed, 1_000)).toBeUndefined();
    expect(sealer.open(undefined, 1_000)).toBeUndefined();
  });
});
