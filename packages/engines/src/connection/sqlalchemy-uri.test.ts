import { PASSWORD_MASK } from '@superset-ts/shared';
import { describe, expect, it } from 'vitest';
import { scrubSecrets } from '../spec/engine-error.js';
import { formatSqlalchemyUri, parseSqlalchemyUri } from './sqlalchemy-uri.js';

describe('parseSqlalchemyUri', () => {
  it('takes a full URL apart, decoding the password and query', () => {
    expect(
      parseSqlalchemyUri('postgresql+psycopg2://u:p%40ss@host:5433/db?sslmode=require'),
    ).toEqual({
      backend: 'postgresql',
      driver: 'psycopg2',
      username: 'u',
      password: 'p@ss',
      host: 'host',
      port: 5433,
      database: 'db',
      query: [['sslmode', 'require']],
    });
    expect(parseSqlalchemyUri('MySQL://h/db?charset=utf8mb4&a=b+c').query).toEqual([
      ['charset', 'utf8mb4'],
      ['a', 'b c'],
    ]);
    expect(parseSqlalchemyUri('MySQL://h').backend).toBe('mysql');
  });

  it('reads a bracketed IPv6 host without its brackets, with or without a port', () => {
    expect(parseSqlalchemyUri('postgresql://u:p@[::1]:5432/db')).toMatchObject({
      host: '::1',
      port: 5432,
      database: 'db',
    });
    expect(parseSqlalchemyUri('postgresql://[2001:db8::7]/db')).toMatchObject({
      host: '2001:db8::7',
      port: null,
    });
  });

  it('reads file engines: absolute and relative paths, and in-memory databases', () => {
    expect(parseSqlalchemyUri('sqlite:////abs/path.db')).toMatchObject({
      backend: 'sqlite',
      host: null,
      database: '/abs/path.db',
    });
    expect(parseSqlalchemyUri('sqlite:///relative/file.db').database).toBe('relative/file.db');
    expect(parseSqlalchemyUri('duckdb:///:memory:')).toMatchObject({
      backend: 'duckdb',
      host: null,
      database: ':memory:',
    });
    expect(parseSqlalchemyUri('gsheets://')).toMatchObject({ host: null, database: null });
  });

  it('says what is wrong with a string that is not a URL', () => {
    const invalid = (uri: string) => {
      try {
        parseSqlalchemyUri(uri);
      } catch (error) {
        return error;
      }
      throw new Error(`${uri} was accepted`);
    };
    expect(invalid('host:5432/db')).toMatchObject({
      code: 'INVALID_CONNECTION_STRING_ERROR',
      message: expect.stringContaining('it has no backend:// prefix') as unknown,
    });
    expect(invalid('postgresql://h:99999/db')).toMatchObject({
      message: expect.stringContaining('the port is not a number') as unknown,
    });
    expect(invalid('postgresql://u:%zz@h/db')).toMatchObject({
      message: expect.stringContaining('the password is not correctly URL-encoded') as unknown,
    });
  });
});

describe('formatSqlalchemyUri', () => {
  const full = 'postgresql+psycopg2://u:p%40ss@host:5433/db?sslmode=require';

  it('masks the password by default, as every response shows it', () => {
    expect(formatSqlalchemyUri(parseSqlalchemyUri(full))).toBe(
      `postgresql+psycopg2://u:${PASSWORD_MASK}@host:5433/db?sslmode=require`,
    );
    expect(PASSWORD_MASK).toBe('XXXXXXXXXX');
    expect(formatSqlalchemyUri(parseSqlalchemyUri(full), { password: 'omit' })).toBe(
      'postgresql+psycopg2://u@host:5433/db?sslmode=require',
    );
  });

  it('writes back exactly what it parsed when asked to keep the password', () => {
    for (const uri of [
      full,
      "mysql://o'brien:a%2Fb%3Ac@db.example.com/sales",
      'postgresql://u:p@[::1]:5432/db',
      'sqlite:////abs/path.db',
      'duckdb:///:memory:',
      'trino://user@host:8080/hive/default?source=superset',
      'gsheets://',
    ]) {
      expect(formatSqlalchemyUri(parseSqlalchemyUri(uri), { password: 'keep' })).toBe(
        uri.replace("o'brien", 'o%27brien'),
      );
    }
  });
});

describe('scrubSecrets', () => {
  it('masks the password of any URL and every given secret in a driver message', () => {
    expect(scrubSecrets('could not connect to postgresql://bob:hunter22@db:5432/x')).toBe(
      'could not connect to postgresql://bob:XXXXXXXXXX@db:5432/x',
    );
    expect(scrubSecrets('auth failed: token dapi123abc was rejected', ['dapi123abc'])).toBe(
      'auth failed: token XXXXXXXXXX was rejected',
    );
    expect(scrubSecrets('a short secret like "ab" stays', ['ab', undefined])).toBe(
      'a short secret like "ab" stays',
    );
  });
});
