import https from 'node:https';
import { describe, expect, it } from 'vitest';
import { resolveConnectionSettings } from '../connection/resolve-connection.js';
import { parseSqlalchemyUri } from '../connection/sqlalchemy-uri.js';
import { buildClickHouseConfig } from './clickhouse-config.js';
import { CLICKHOUSE_SPEC } from './clickhouse.spec.js';

const settingsFor = (uri: string, connectArgs: Record<string, unknown> = {}) =>
  resolveConnectionSettings(CLICKHOUSE_SPEC, parseSqlalchemyUri(uri), {
    connectArgs,
    connectTimeoutMs: 1000,
    poolSize: 3,
  });

describe('ClickHouse driver configuration', () => {
  it('builds the URL from host and port only, with credentials and database apart', () => {
    const config = buildClickHouseConfig(
      settingsFor('clickhousedb://bob:s3cret@ch.example.com/sales'),
      null,
    );
    expect(String(config.url)).toBe('http://ch.example.com:8123/');
    expect(config).toMatchObject({
      username: 'bob',
      password: 's3cret',
      database: 'sales',
      max_open_connections: 3,
    });
    expect(config.http_agent).toBeUndefined();
  });

  it("treats Superset's __default__ database as none and a schema as the database", () => {
    const settings = settingsFor('clickhousedb://u@h/__default__');
    expect(buildClickHouseConfig(settings, null).database).toBeUndefined();
    expect(buildClickHouseConfig(settings, 'logs').database).toBe('logs');
  });

  it('switches to HTTPS on port 8443 with ?secure=true or an sslmode', () => {
    const secure = buildClickHouseConfig(settingsFor('clickhousedb://u@h?secure=true'), null);
    expect(String(secure.url)).toBe('https://h:8443/');
    expect(secure.http_agent).toBeInstanceOf(https.Agent);
    const unverified = buildClickHouseConfig(
      settingsFor('clickhousedb://u@h:9440', { sslmode: 'require' }),
      null,
    );
    expect(String(unverified.url)).toBe('https://h:9440/');
    expect((unverified.http_agent as https.Agent).options.rejectUnauthorized).toBe(false);
    const verified = buildClickHouseConfig(
      settingsFor('clickhousedb://u@h', { sslmode: 'verify-full' }),
      null,
    );
    expect((verified.http_agent as https.Agent).options.rejectUnauthorized).toBe(true);
  });

  it('refuses URI parameters it does not know, so no driver setting can be smuggled', () => {
    expect(() => settingsFor('clickhousedb://u@h?url=http://evil/')).toThrow(/"url"/);
    expect(() => settingsFor('clickhousedb://u@h?readonly=0')).toThrow(/"readonly"/);
    expect(() => settingsFor('clickhousedb://u@h/db', { url: 'http://evil/' })).toThrow(/"url"/);
  });

  it('accepts only host names and IP addresses as the host', () => {
    expect(
      String(buildClickHouseConfig(settingsFor('clickhousedb://u@[::1]:8123'), null).url),
    ).toBe('http://[::1]:8123/');
    const settings = { ...settingsFor('clickhousedb://u@h'), host: 'evil.com/x?y=' };
    expect(() => buildClickHouseConfig(settings, null)).toThrow(/not a host name/);
    expect(() => settingsFor('clickhousedb:///db')).toThrow(/needs a host/);
  });
});
