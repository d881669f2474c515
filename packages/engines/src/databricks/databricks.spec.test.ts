import { describe, expect, it } from 'vitest';
import { resolveConnectionSettings } from '../connection/resolve-connection.js';
import { parseSqlalchemyUri } from '../connection/sqlalchemy-uri.js';
import { DATABRICKS_SPEC } from './databricks.spec.js';

const inputs = { connectTimeoutMs: 10_000, poolSize: 2 };

describe('Databricks connection settings', () => {
  it('needs a host, a token and an HTTP path', () => {
    const uri = parseSqlalchemyUri(
      'databricks://token:dapi123@adb-1.azuredatabricks.net:443?http_path=/sql/1.0/warehouses/abc&catalog=main&schema=sales',
    );
    const settings = resolveConnectionSettings(DATABRICKS_SPEC, uri, inputs);
    expect(settings).toMatchObject({
      driver: 'databricks-sql-python',
      host: 'adb-1.azuredatabricks.net',
      port: 443,
      password: 'dapi123',
      query: { http_path: '/sql/1.0/warehouses/abc', catalog: 'main', schema: 'sales' },
    });
    const legacy = parseSqlalchemyUri('databricks+connector://token:dapi123@host:443/default');
    expect(
      resolveConnectionSettings(DATABRICKS_SPEC, legacy, {
        ...inputs,
        connectArgs: { http_path: 'sql/protocolv1/o/1/0101-abc' },
      }).connectArgs,
    ).toEqual({ http_path: 'sql/protocolv1/o/1/0101-abc' });
    expect(() =>
      resolveConnectionSettings(DATABRICKS_SPEC, parseSqlalchemyUri('databricks://h:443'), inputs),
    ).toThrow(
      expect.objectContaining({
        code: 'CONNECTION_MISSING_PARAMETERS_ERROR',
        message: 'One or more parameters are missing: access_token, http_path.',
      }),
    );
  });
});
