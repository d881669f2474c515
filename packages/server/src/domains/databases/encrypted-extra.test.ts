import { PASSWORD_MASK } from '@superset-ts/shared';
import { describe, expect, it } from 'vitest';
import {
  maskEncryptedExtra,
  parseEncryptedExtra,
  unmaskEncryptedExtra,
} from './encrypted-extra.js';

const STORED = {
  credentials_info: { type: 'service_account', private_key: 'SECRET-KEY', client_email: 'a@b' },
  project: 'p',
};
const BIGQUERY_FIELDS = ['credentials_info.private_key'];

describe('encrypted_extra masking', () => {
  it("masks the engine's sensitive paths and nothing else", () => {
    const masked = maskEncryptedExtra(STORED, BIGQUERY_FIELDS);
    expect(masked).toEqual({
      credentials_info: {
        type: 'service_account',
        private_key: PASSWORD_MASK,
        client_email: 'a@b',
      },
      project: 'p',
    });
    expect(STORED.credentials_info.private_key).toBe('SECRET-KEY');
  });

  it('masks every top-level value when the engine names no sensitive field', () => {
    expect(maskEncryptedExtra({ token: 't', nested: { x: 1 } }, [])).toEqual({
      token: PASSWORD_MASK,
      nested: PASSWORD_MASK,
    });
  });

  it('puts stored values back where the mask was sent, keeping real changes', () => {
    const submitted = {
      credentials_info: {
        type: 'service_account',
        private_key: PASSWORD_MASK,
        client_email: 'new@b',
      },
      project: 'p2',
    };
    expect(unmaskEncryptedExtra(submitted, STORED, BIGQUERY_FIELDS)).toEqual({
      credentials_info: {
        type: 'service_account',
        private_key: 'SECRET-KEY',
        client_email: 'new@b',
      },
      project: 'p2',
    });
    const replaced = { credentials_info: { private_key: 'NEW-KEY' } };
    expect(unmaskEncryptedExtra(replaced, STORED, BIGQUERY_FIELDS)).toEqual(replaced);
    expect(unmaskEncryptedExtra({ a: PASSWORD_MASK }, { a: 'x' }, ['*'])).toEqual({ a: 'x' });
    expect(unmaskEncryptedExtra({ a: PASSWORD_MASK }, null, [])).toEqual({ a: PASSWORD_MASK });
  });

  it('resolves a wildcard in the middle of a path against the same stored key', () => {
    const stored = { accounts: { one: { key: 'k1' }, two: { key: 'k2' } } };
    const submitted = { accounts: { one: { key: PASSWORD_MASK }, two: { key: PASSWORD_MASK } } };
    expect(unmaskEncryptedExtra(submitted, stored, ['accounts.*.key'])).toEqual(stored);
  });

  it('parses the submitted text without echoing it when it is not an object', () => {
    expect(parseEncryptedExtra('')).toBeNull();
    expect(parseEncryptedExtra('{"a":1}')).toEqual({ a: 1 });
    expect(() => parseEncryptedExtra('{"secret": "hunter2"')).toThrow(
      'masked_encrypted_extra must be a JSON object.',
    );
    expect(() => parseEncryptedExtra('"hunter2"')).not.toThrow(/hunter2/);
  });
});
