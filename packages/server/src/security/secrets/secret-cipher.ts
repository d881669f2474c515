import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from 'node:crypto';
import { AppError } from '../../errors/app-error.js';

/** Prefix of every value this cipher writes: the format and key-derivation version. */
export const SECRET_FORMAT_PREFIX = 'v1:';

const ALGORITHM = 'aes-256-gcm';
const IV_BYTES = 12;
const TAG_BYTES = 16;
const KEY_BYTES = 32;
// Fixed so the same SECRET_KEY always derives the same field key; the info string carries the
// version, so a future format derives a different key from the same secret.
const HKDF_SALT = 'superset-ts/encrypted-fields';
const HKDF_INFO = 'superset-ts encrypted field key v1';

/** A stored secret could not be decrypted: wrong SECRET_KEY, or the text was altered. */
export class EncryptedFieldUnreadableError extends AppError {
  override readonly name = 'EncryptedFieldUnreadableError';
  constructor() {
    super('ENCRYPTED_FIELD_UNREADABLE');
  }
}

/** Encrypts and decrypts the secret columns of the metadata database with one key. */
export interface SecretCipher {
  /** `v1:` + base64(iv | tag | ciphertext); a fresh IV each call. */
  encrypt(plaintext: string): string;
  /** The plaintext; throws `EncryptedFieldUnreadableError` (no detail, no secret) otherwise. */
  decrypt(stored: string): string;
  /** Whether `stored` decrypts with this key. */
  canDecrypt(stored: string): boolean;
}

function deriveKey(secretKey: string): Buffer {
  return Buffer.from(hkdfSync('sha256', secretKey, HKDF_SALT, HKDF_INFO, KEY_BYTES));
}

/**
 * AES-256-GCM under a key derived from SECRET_KEY with HKDF-SHA256. GCM authenticates the
 * text, so a wrong key or a changed byte is detected instead of decrypting to garbage.
 */
export function createSecretCipher(secretKey: string): SecretCipher {
  const key = deriveKey(secretKey);

  const decrypt = (stored: string): string => {
    if (!stored.startsWith(SECRET_FORMAT_PREFIX)) throw new EncryptedFieldUnreadableError();
    const packed = Buffer.from(stored.slice(SECRET_FORMAT_PREFIX.length), 'base64');
    if (packed.length < IV_BYTES + TAG_BYTES) throw new EncryptedFieldUnreadableError();
    const decipher = createDecipheriv(ALGORITHM, key, packed.subarray(0, IV_BYTES));
    decipher.setAuthTag(packed.subarray(IV_BYTES, IV_BYTES + TAG_BYTES));
    try {
      return Buffer.concat([
        decipher.update(packed.subarray(IV_BYTES + TAG_BYTES)),
        decipher.final(),
      ]).toString('utf8');
    } catch {
      throw new EncryptedFieldUnreadableError();
    }
  };

  return {
    encrypt(plaintext) {
      const iv = randomBytes(IV_BYTES);
      const cipher = createCipheriv(ALGORITHM, key, iv);
      const ciphertext = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]);
      const packed = Buffer.concat([iv, cipher.getAuthTag(), ciphertext]);
      return `${SECRET_FORMAT_PREFIX}${packed.toString('base64')}`;
    },
    decrypt,
    canDecrypt(stored) {
      try {
        decrypt(stored);
        return true;
      } catch {
        return false;
      }
    },
  };
}
