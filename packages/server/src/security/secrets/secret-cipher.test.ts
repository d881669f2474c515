import { describe, expect, it } from 'vitest';
import { AppError } from '../../errors/app-error.js';
import { createSecretCipher, EncryptedFieldUnreadableError } from './secret-cipher.js';

const KEY = 'first-secret-key-long-enough-for-tests-0123456789';
const OTHER_KEY = 'second-secret-key-long-enough-for-tests-9876543210';
const SECRET = 'pa$$w0rd-Ünïcødé-🔑';

function unreadableError(work: () => unknown): AppError {
  try {
    work();
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
  throw new Error('expected the value to be unreadable');
}

describe('secret cipher (AES-256-GCM, key from SECRET_KEY by HKDF)', () => {
  it('round-trips text, writing v1: + base64 that never contains the plaintext', () => {
    const cipher = createSecretCipher(KEY);
    const stored = cipher.encrypt(SECRET);
    expect(stored).toMatch(/^v1:[A-Za-z0-9+/]+=*$/);
    expect(stored).not.toContain(SECRET);
    expect(Buffer.from(stored.slice(3), 'base64').toString('latin1')).not.toContain('pa$$');
    expect(cipher.decrypt(stored)).toBe(SECRET);
    expect(createSecretCipher(KEY).decrypt(stored)).toBe(SECRET);
    expect(cipher.decrypt(cipher.encrypt(''))).toBe('');
  });

  it('uses a fresh IV, so the same secret encrypts differently each time', () => {
    const cipher = createSecretCipher(KEY);
    expect(cipher.encrypt(SECRET)).not.toBe(cipher.encrypt(SECRET));
  });

  it('refuses another key with ENCRYPTED_FIELD_UNREADABLE, saying nothing secret', () => {
    const stored = createSecretCipher(KEY).encrypt(SECRET);
    const other = createSecretCipher(OTHER_KEY);
    const error = unreadableError(() => other.decrypt(stored));
    expect(error).toBeInstanceOf(EncryptedFieldUnreadableError);
    expect(error.code).toBe('ENCRYPTED_FIELD_UNREADABLE');
    expect(error.status).toBe(500);
    expect(error.message).toMatch(/re-encrypt-secrets/);
    expect(error.message).not.toContain(SECRET);
    expect(error.message).not.toContain(KEY);
    expect(other.canDecrypt(stored)).toBe(false);
  });

  it('detects any changed byte, a cut value and text it did not write', () => {
    const cipher = createSecretCipher(KEY);
    const stored = cipher.encrypt(SECRET);
    const packed = Buffer.from(stored.slice(3), 'base64');
    for (const index of [0, 12, 20, packed.length - 1]) {
      const tampered = Buffer.from(packed);
      tampered[index] = (tampered[index] ?? 0) ^ 0x01;
      expect(cipher.canDecrypt(`v1:${tampered.toString('base64')}`), `byte ${index}`).toBe(false);
    }
    expect(cipher.canDecrypt(`v1:${packed.subarray(0, 20).toString('base64')}`)).toBe(false);
    expect(cipher.canDecrypt(SECRET)).toBe(false);
    expect(cipher.canDecrypt(`v2:${packed.toString('base64')}`)).toBe(false);
    expect(() => cipher.decrypt('v1:')).toThrow(EncryptedFieldUnreadableError);
  });
});
