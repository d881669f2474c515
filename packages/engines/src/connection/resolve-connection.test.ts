import { describe, expect, it } from 'vitest';
import { HIVE_SPEC } from '../hive/hive.spec.js';
import { POSTGRES_SPEC } from '../postgres/postgres.spec.js';
import { ALL_ENGINE_SPECS } from '../registry/all-engines.js';
import type { EngineSpec } from '../spec/engine-spec.js';
import { resolveConnectionSettings, type ConnectionInputs } from './resolve-connection.js';
import { parseSqlalchemyUri } from './sqlalchemy-uri.js';

const LIMITS = { connectTimeoutMs: 5_000, poolSize: 3 };
const PEM = '-----BEGIN CERTIFICATE-----\nMIIBszCCAVmgAwIBAgIUQ\n-----END CERTIFICATE-----';

function resolve(spec: EngineSpec, uri: string, inputs: Partial<ConnectionInputs> = {}) {
  return resolveConnectionSettings(spec, parseSqlalchemyUri(uri), { ...LIMITS, ...inputs });
}

/** The error `run` throws, so a test can look at its code, message and extra. */
function errorOf(run: () => unknown): unknown {
  try {
    run();
  } catch (error) {
    return error;
  }
  throw new Error('nothing was thrown');
}

describe('resolveConnectionSettings', () => {
  it('builds typed settings from the URI, with the default port and allow-listed options', () => {
    expect(
      resolve(POSTGRES_SPEC, 'postgresql://bob:pw@db.example.com/sales?connect_timeout=10', {
        encryptedExtra: { role: 'x' },
      }),
    ).toEqual({
      engine: 'postgresql',
      driver: 'psycopg2',
      host: 'db.example.com',
      port: 5432,
      database: 'sales',
      username: 'bob',
      password: 'pw',
      query: { connect_timeout: 10 },
      connectArgs: {},
      encryptedExtra: { role: 'x' },
      connectTimeoutMs: 5_000,
      poolSize: 3,
    });
  });

  it('lets the stored or custom password replace the one in the URI', () => {
    expect(
      resolve(POSTGRES_SPEC, 'postgresql://bob:XXXXXXXXXX@h/db', { password: 's3cret' }),
    ).toMatchObject({ password: 's3cret' });
    expect(resolve(POSTGRES_SPEC, 'postgresql://bob:inuri@h/db', { password: null }).password).toBe(
      'inuri',
    );
    expect(resolve(POSTGRES_SPEC, 'postgresql://bob@h/db')).not.toHaveProperty('password');
  });

  it.each([
    ['host', '?host=169.254.169.254'],
    ['sslrootcert', '?sslrootcert=/etc/shadow'],
    ['multipleStatements', '?multipleStatements=true'],
    ['socketPath', '?socketPath=/var/run/docker.sock'],
    ['options', '?options=-c%20statement_timeout%3D0'],
    ['__proto__', '?__proto__=x'],
  ])('refuses the §2.3 attack parameter %s on every engine, by name', (name, query) => {
    for (const spec of ALL_ENGINE_SPECS) {
      const error = errorOf(() => resolve(spec, `${spec.backends[0]}://u:p@h:1/db${query}`));
      expect(error, spec.engine).toMatchObject({
        code: 'UNKNOWN_CONNECTION_PARAMETER',
        status: 400,
        extra: { parameter: name },
      });
      expect((error as Error).message, spec.engine).toContain(`"${name}"`);
    }
  });

  it('names the options an engine does take when refusing one', () => {
    expect(errorOf(() => resolve(POSTGRES_SPEC, 'postgresql://u@h/db?host=evil'))).toMatchObject({
      message:
        'URI parameter "host" is not accepted; this engine takes connect_timeout, application_name.',
    });
    expect(
      errorOf(() =>
        resolve(POSTGRES_SPEC, 'postgresql://u@h/db', { connectArgs: { user: 'root' } }),
      ),
    ).toMatchObject({
      code: 'UNKNOWN_CONNECTION_PARAMETER',
      message: expect.stringContaining('connect_args option "user" is not accepted') as unknown,
    });
  });

  it('checks the type and range of accepted options', () => {
    expect(
      resolve(POSTGRES_SPEC, 'postgresql://u@h/db', { connectArgs: { connect_timeout: '30' } })
        .connectArgs,
    ).toEqual({ connect_timeout: 30 });
    expect(
      errorOf(() => resolve(POSTGRES_SPEC, 'postgresql://u@h/db?connect_timeout=0')),
    ).toMatchObject({ message: 'URI parameter "connect_timeout" must be between 1 and 600.' });
    expect(
      errorOf(() => resolve(POSTGRES_SPEC, "postgresql://u@h/db?application_name=x';drop")),
    ).toMatchObject({ code: 'UNKNOWN_CONNECTION_PARAMETER' });
  });

  it('takes TLS certificates as PEM text only, never as a path', () => {
    const tls = resolve(POSTGRES_SPEC, 'postgresql://u@h/db?sslmode=verify-full', {
      connectArgs: { sslrootcert: PEM },
    }).tls;
    expect(tls).toEqual({ mode: 'verify-full', rootCertPem: PEM });
    for (const field of ['sslrootcert', 'sslcert', 'sslkey']) {
      expect(
        errorOf(() =>
          resolve(POSTGRES_SPEC, 'postgresql://u@h/db', {
            connectArgs: { [field]: '/etc/ssl/a.pem' },
          }),
        ),
        field,
      ).toMatchObject({
        code: 'UNKNOWN_CONNECTION_PARAMETER',
        message: `"${field}" must hold the certificate or key itself (PEM text starting with -----BEGIN), not a file path.`,
      });
    }
  });

  it('reads the TLS mode from sslmode, ssl or an uploaded server certificate', () => {
    expect(resolve(POSTGRES_SPEC, 'postgresql://u@h/db?ssl=true').tls).toEqual({ mode: 'require' });
    expect(resolve(POSTGRES_SPEC, 'postgresql://u@h/db', { serverCert: PEM }).tls).toEqual({
      mode: 'verify-ca',
      rootCertPem: PEM,
    });
    expect(resolve(POSTGRES_SPEC, 'postgresql://u@h/db').tls).toBeUndefined();
    expect(errorOf(() => resolve(POSTGRES_SPEC, 'postgresql://u@h/db?sslmode=yes'))).toMatchObject({
      message: expect.stringContaining('must be one of disable, allow, prefer') as unknown,
    });
    expect(errorOf(() => resolve(HIVE_SPEC, 'hive://h/db?ssl=1'))).toMatchObject({
      code: 'UNKNOWN_CONNECTION_PARAMETER',
      message: 'Apache Hive does not take TLS settings such as "ssl".',
    });
  });

  it("refuses a driver the engine does not have, listing the engine's drivers", () => {
    expect(errorOf(() => resolve(POSTGRES_SPEC, 'postgresql+mysqldb://u@h/db'))).toMatchObject({
      code: 'UNKNOWN_ENGINE_ERROR',
      message:
        'PostgreSQL has no driver "mysqldb". Use one of: psycopg2, psycopg, pg8000, asyncpg.',
    });
  });
});
