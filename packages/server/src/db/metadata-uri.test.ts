import { describe, expect, it } from 'vitest';
import { InvalidMetadataUriError, UnsupportedMetadataUriError } from './metadata-errors.js';
import { parseMetadataUri, redactUri } from './metadata-uri.js';

const CWD = '/srv/superset';

describe('parseMetadataUri: SQLite', () => {
  it.each([
    ['sqlite:////var/lib/superset/superset.db', '/var/lib/superset/superset.db'],
    ['sqlite:///superset.db', '/srv/superset/superset.db'],
    ['sqlite:///data/superset.db?check_same_thread=false', '/srv/superset/data/superset.db'],
    ['sqlite:////abs/path.db?check_same_thread=false', '/abs/path.db'],
    ['sqlite+pysqlite:////abs/path.db', '/abs/path.db'],
  ])('%s is the file %s', (uri, filename) => {
    expect(parseMetadataUri(uri, CWD)).toEqual({ dialect: 'sqlite', filename, isInMemory: false });
  });

  it.each(['sqlite://', 'sqlite:///:memory:', 'sqlite://?check_same_thread=false'])(
    '%s is in memory',
    (uri) => {
      expect(parseMetadataUri(uri, CWD)).toMatchObject({ dialect: 'sqlite', isInMemory: true });
    },
  );

  it('refuses a host in a SQLite URI', () => {
    expect(() => parseMetadataUri('sqlite://relative.db', CWD)).toThrow(InvalidMetadataUriError);
  });
});

describe('parseMetadataUri: servers', () => {
  it.each([
    'postgresql://',
    'postgres://',
    'postgresql+psycopg2://',
    'postgresql+psycopg://',
    'postgresql+pg8000://',
    'postgresql+asyncpg://',
  ])('%s is PostgreSQL', (prefix) => {
    expect(parseMetadataUri(`${prefix}superset:secret@db.internal:6432/meta`, CWD)).toEqual({
      dialect: 'postgresql',
      host: 'db.internal',
      port: 6432,
      user: 'superset',
      password: 'secret',
      database: 'meta',
      params: {},
    });
  });

  it.each([
    'mysql://',
    'mysql+mysqldb://',
    'mysql+pymysql://',
    'mysql+mysqlconnector://',
    'mariadb://',
    'mariadb+mariadbconnector://',
  ])('%s is MySQL/MariaDB', (prefix) => {
    expect(parseMetadataUri(`${prefix}root@127.0.0.1/superset`, CWD)).toMatchObject({
      dialect: 'mysql',
      host: '127.0.0.1',
      port: undefined,
      user: 'root',
      password: undefined,
      database: 'superset',
    });
  });

  it('URL-decodes the user and password', () => {
    const options = parseMetadataUri('postgresql://us%40er:p%40ss%3Aw%2Fd@host/db', CWD);
    expect(options).toMatchObject({ user: 'us@er', password: 'p@ss:w/d' });
  });

  it('keeps query parameters such as sslmode', () => {
    const options = parseMetadataUri(
      'postgresql://u:p@host/db?sslmode=require&application_name=superset',
      CWD,
    );
    expect(options).toMatchObject({ params: { sslmode: 'require', application_name: 'superset' } });
  });

  it('reads an IPv6 host without brackets', () => {
    expect(parseMetadataUri('postgresql://u@[::1]:5432/db', CWD)).toMatchObject({ host: '::1' });
  });
});

describe('parseMetadataUri: refusals', () => {
  it('lists the supported schemes for an unknown one, without the password', () => {
    let error: unknown;
    try {
      parseMetadataUri('oracle://scott:tiger-secret@host/db', CWD);
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(UnsupportedMetadataUriError);
    const { message, code } = error as UnsupportedMetadataUriError;
    expect(code).toBe('METADATA_URI_UNSUPPORTED');
    expect(message).toContain('"oracle"');
    expect(message).toContain('postgresql+psycopg2');
    expect(message).toContain('mariadb');
    expect(message).not.toContain('tiger-secret');
  });

  it('refuses a URI without a scheme, without echoing a password', () => {
    expect(() => parseMetadataUri('/var/lib/superset.db', CWD)).toThrow(InvalidMetadataUriError);
  });
});

describe('redactUri', () => {
  it.each([
    ['postgresql://superset:s3cret@db:5432/meta', 'postgresql://superset:***@db:5432/meta'],
    [
      'mysql+pymysql://root:p%40ss@h/db?charset=utf8mb4',
      'mysql+pymysql://root:***@h/db?charset=utf8mb4',
    ],
    ['postgresql://u:unencoded@and/slash@host/db', 'postgresql://u:***@host/db'],
    ['postgresql://superset@db/meta', 'postgresql://superset@db/meta'],
    ['sqlite:////var/lib/superset.db', 'sqlite:////var/lib/superset.db'],
  ])('%s -> %s', (uri, redacted) => {
    expect(redactUri(uri)).toBe(redacted);
  });
});
