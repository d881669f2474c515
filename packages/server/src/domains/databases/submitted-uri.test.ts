import { PASSWORD_MASK } from '@superset-ts/shared';
import { describe, expect, it } from 'vitest';
import { AppError } from '../../errors/app-error.js';
import { acceptSubmittedUri } from './submitted-uri.js';

const STORED = {
  maskedUri: `postgresql://alice:${PASSWORD_MASK}@db.example.com:5432/sales`,
  password: 's3cr3t/pw',
};

describe('a submitted connection URL', () => {
  it('keeps a typed password and stores the URL masked', () => {
    const accepted = acceptSubmittedUri('postgresql://alice:n%40w-pw@db.example.com/sales', null);
    expect(accepted.uri.password).toBe('n@w-pw');
    expect(accepted.maskedUri).toBe(`postgresql://alice:${PASSWORD_MASK}@db.example.com/sales`);
    expect(acceptSubmittedUri('postgresql://alice@h/d', null).maskedUri).toBe(
      'postgresql://alice@h/d',
    );
  });

  it('turns the mask back into the saved password for the same server and user', () => {
    const accepted = acceptSubmittedUri(
      `postgresql://alice:${PASSWORD_MASK}@DB.example.com:5432/other_db?sslmode=require`,
      STORED,
    );
    expect(accepted.uri.password).toBe('s3cr3t/pw');
    expect(accepted.uri.database).toBe('other_db');
    expect(accepted.maskedUri).not.toContain('s3cr3t');
  });

  it('refuses the mask for another host, port or user, or without a saved database', () => {
    for (const text of [
      `postgresql://alice:${PASSWORD_MASK}@attacker.example.com:5432/sales`,
      `postgresql://alice:${PASSWORD_MASK}@db.example.com:6543/sales`,
      `postgresql://mallory:${PASSWORD_MASK}@db.example.com:5432/sales`,
      `mysql://alice:${PASSWORD_MASK}@db.example.com:5432/sales`,
    ]) {
      const attempt = () => acceptSubmittedUri(text, STORED);
      expect(attempt, text).toThrow(AppError);
      expect(attempt, text).toThrow(/Enter the password again/);
    }
    expect(() => acceptSubmittedUri(STORED.maskedUri, null)).toThrow(/Enter the password again/);
  });

  it('never quotes a piece of a password that broke the URL', () => {
    for (const text of ['postgresql://u:abc/def@host/db', 'postgresql://u:ab?cd@host/db']) {
      expect(() => acceptSubmittedUri(text, null), text).toThrow(/URL-encode/);
      expect(() => acceptSubmittedUri(text, null), text).not.toThrow(/\babc\b|\bdef\b|ab\?cd/);
    }
    expect(() => acceptSubmittedUri('no scheme here', null)).toThrow(/backend:\/\//);
  });
});
