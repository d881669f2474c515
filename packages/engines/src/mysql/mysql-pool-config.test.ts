import { describe, expect, it } from 'vitest';
import { resolveConnectionSettings } from '../connection/resolve-connection.js';
import { parseSqlalchemyUri } from '../connection/sqlalchemy-uri.js';
import { mysqlPoolConfig } from './mysql-pool-config.js';
import { MYSQL_SPEC } from './mysql.spec.js';

const PEM = '-----BEGIN CERTIFICATE-----\nMIIBfake\n-----END CERTIFICATE-----';

const settingsFor = (uri: string, extra: { serverCert?: string } = {}) =>
  resolveConnectionSettings(MYSQL_SPEC, parseSqlalchemyUri(uri), {
    connectTimeoutMs: 7_000,
    poolSize: 4,
    ...extra,
  });

describe('MySQL pool configuration', () => {
  it('builds the pool from the settings with local files and multiple statements off', () => {
    const config = mysqlPoolConfig(settingsFor('mysql://bob:pw@db.example:3307/shop'));
    expect(config).toMatchObject({
      host: 'db.example',
      port: 3307,
      user: 'bob',
      password: 'pw',
      database: 'shop',
      connectTimeout: 7_000,
      connectionLimit: 4,
      multipleStatements: false,
      flags: ['-LOCAL_FILES'],
      dateStrings: false,
      supportBigNumbers: true,
      bigNumberStrings: true,
    });
    expect(config).not.toHaveProperty('socketPath');
    expect(config).not.toHaveProperty('ssl');
    expect(() => config.infileStreamFactory?.('/etc/passwd')).toThrow(
      expect.objectContaining({ code: 'DATABASE_SECURITY_ACCESS_ERROR' }),
    );
  });

  it('accepts a known charset and refuses every other option by name', () => {
    expect(
      mysqlPoolConfig(settingsFor('mysql://bob@db.example/shop?charset=latin1')),
    ).toMatchObject({
      charset: 'latin1',
    });
    expect(() => settingsFor('mysql://bob@db.example/shop?charset=klingon')).toThrow(
      /must be one of/,
    );
    for (const option of ['local_infile=1', 'unix_socket=/tmp/x.sock', 'ssl_ca=/etc/ca.pem']) {
      expect(() => settingsFor(`mysql://bob@db.example/shop?${option}`)).toThrow(
        expect.objectContaining({ code: 'UNKNOWN_CONNECTION_PARAMETER' }),
      );
    }
  });

  it('maps TLS modes to mysql2 ssl options', () => {
    const ssl = (query: string, extra = {}) =>
      mysqlPoolConfig(settingsFor(`mysql://bob@db.example/shop${query}`, extra)).ssl;
    expect(ssl('?ssl=true')).toEqual({ rejectUnauthorized: false, verifyIdentity: false });
    expect(ssl('', { serverCert: PEM })).toEqual({
      ca: PEM,
      rejectUnauthorized: true,
      verifyIdentity: false,
    });
    expect(ssl('?sslmode=verify-full', { serverCert: PEM })).toMatchObject({
      verifyIdentity: true,
    });
    expect(ssl('?sslmode=disable')).toBeUndefined();
  });
});
