import { describe, expect, it } from 'vitest';

import { assertProductionSecretKey, DEFAULT_SECRET_KEY, InsecureSecretKeyError } from './index.js';

function refusal(secretKey: string): InsecureSecretKeyError {
  try {
    assertProductionSecretKey({ SECRET_KEY: secretKey });
  } catch (error) {
    expect(error).toBeInstanceOf(InsecureSecretKeyError);
    return error as InsecureSecretKeyError;
  }
  throw new Error('expected the secret key to be refused');
}

describe('production SECRET_KEY rule', () => {
  it("refuses Superset's default key and says how to make and where to put a new one", () => {
    const error = refusal(DEFAULT_SECRET_KEY);
    expect(error.code).toBe('SECRET_KEY_INSECURE');
    expect(error.message).toContain('built-in default');
    expect(error.message).toContain('openssl rand -base64 42');
    expect(error.message).toContain('SECRET_KEY in superset_config');
    expect(error.message).toContain('SUPERSET_SECRET_KEY');
  });

  it('refuses a key shorter than 32 characters', () => {
    const error = refusal('x'.repeat(31));
    expect(error.message).toContain('31 characters; at least 32');
    expect(error.message).toContain('openssl rand -base64 42');
  });

  it('accepts a long random key', () => {
    expect(() => {
      assertProductionSecretKey({ SECRET_KEY: 'dGhpcyBpcyBhIHZlcnkgbG9uZyByYW5kb20ga2V5IQ==' });
    }).not.toThrow();
  });
});
