import { describe, expect, it } from 'vitest';
import { resolveConnectionSettings } from '../connection/resolve-connection.js';
import { parseSqlalchemyUri } from '../connection/sqlalchemy-uri.js';
import pg from 'pg';
import { pgClientConfig, pgPoolConfig } from './pg-pool-config.js';
import { POSTGRES_SPEC } from './postgres.spec.js';

const PEM = '-----BEGIN CERTIFICATE-----\nMIIBfake\n-----END CERTIFICATE-----';

const settingsFor = (
  uri: string,
  extra: { serverCert?: string; connectArgs?: Record<string, unknown> } = {},
) =>
  resolveConnectionSettings(POSTGRES_SPEC, parseSqlalchemyUri(uri), {
    connectTimeoutMs: 7_000,
    poolSize: 3,
    ...extra,
  });

describe('PostgreSQL pool configuration', () => {
  it('takes every connection field from the settings, none from the environment', async () => {
    process.env.PGHOST = 'env-host.invalid';
    process.env.PGDATABASE = 'env_db';
    process.env.PGPASSWORD = 'env-password';
    try {
      const config = pgClientConfig(settingsFor('postgresql://alice:s3cret@db.example:6543/sales'));
      expect(config).toMatchObject({
        host: 'db.example',
        port: 6543,
        user: 'alice',
        database: 'sales',
        ssl: false,
        connectionTimeoutMillis: 7_000,
      });
      const password = config.password as () => string;
      expect(password()).toBe('s3cret');
      const noPassword = pgClientConfig(settingsFor('postgresql://alice@db.example/sales'));
      expect((noPassword.password as () => string)()).toBe('');
    } finally {
      delete process.env.PGHOST;
      delete process.env.PGDATABASE;
      delete process.env.PGPASSWORD;
    }
  });

  it('uses connect_timeout (seconds) and application_name when given', () => {
    const config = pgClientConfig(
      settingsFor(
        'postgresql://alice@db.example/sales?connect_timeout=3&application_name=report%20job',
      ),
    );
    expect(config).toMatchObject({
      connectionTimeoutMillis: 3_000,
      application_name: 'report job',
    });
  });

  it('bounds opening a connection by the connect timeout, not waiting for a free one', () => {
    const config = pgPoolConfig(settingsFor('postgresql://alice@db.example/sales'), pg.Client);
    expect(config).toMatchObject({ connectionTimeoutMillis: 0, max: 3, host: 'db.example' });
    const PoolClient = config.Client as unknown as new (c: pg.ClientConfig) => pg.Client;
    expect(new PoolClient({})).toBeInstanceOf(pg.Client);
    expect(PoolClient).not.toBe(pg.Client);
  });

  it('refuses a connection without a username rather than guess one', () => {
    expect(() => settingsFor('postgresql://db.example/sales')).toThrow(
      expect.objectContaining({ code: 'CONNECTION_MISSING_PARAMETERS_ERROR' }),
    );
  });

  it('maps each TLS mode to node TLS options from PEM content', () => {
    const ssl = (query: string, extra = {}) =>
      pgClientConfig(settingsFor(`postgresql://alice@db.example/sales${query}`, extra)).ssl;
    expect(ssl('?sslmode=disable')).toBe(false);
    expect(ssl('?sslmode=require')).toMatchObject({ rejectUnauthorized: false });
    const verifyCa = ssl('', { serverCert: PEM });
    expect(verifyCa).toMatchObject({ ca: PEM, rejectUnauthorized: true });
    expect(typeof verifyCa === 'object' && verifyCa.checkServerIdentity).toBeInstanceOf(Function);
    const full = ssl('?sslmode=verify-full', { serverCert: PEM });
    expect(full).toMatchObject({ ca: PEM, rejectUnauthorized: true });
    expect(full).not.toHaveProperty('checkServerIdentity');
    expect(() => ssl('?sslrootcert=/etc/ssl/ca.pem')).toThrow(/PEM text/);
  });
});
