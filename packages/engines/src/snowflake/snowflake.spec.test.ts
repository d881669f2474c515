import { describe, expect, it } from 'vitest';
import { resolveConnectionSettings } from '../connection/resolve-connection.js';
import { parseSqlalchemyUri } from '../connection/sqlalchemy-uri.js';
import { EngineError } from '../spec/engine-error.js';
import { SNOWFLAKE_SPEC } from './snowflake.spec.js';

const resolve = (uri: string, connectArgs: Record<string, unknown> = {}) =>
  resolveConnectionSettings(SNOWFLAKE_SPEC, parseSqlalchemyUri(uri), {
    connectArgs,
    connectTimeoutMs: 10_000,
    poolSize: 1,
  });

function missingOf(run: () => unknown): unknown {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(EngineError);
    expect((error as EngineError).code).toBe('CONNECTION_MISSING_PARAMETERS_ERROR');
    return (error as EngineError).extra?.missing;
  }
  throw new Error('expected CONNECTION_MISSING_PARAMETERS_ERROR');
}

describe('Snowflake connection settings', () => {
  it('accepts a role and a warehouse from the URI query', () => {
    const settings = resolve('snowflake://bob:pw@xy12345/SALES?role=ANALYST&warehouse=WH_XS');
    expect(settings).toMatchObject({
      host: 'xy12345',
      database: 'SALES',
      query: { role: 'ANALYST', warehouse: 'WH_XS' },
    });
  });

  it('accepts them from connect_args too', () => {
    expect(() =>
      resolve('snowflake://bob:pw@xy12345/SALES', { role: 'ANALYST', warehouse: 'WH_XS' }),
    ).not.toThrow();
  });

  it('names every missing parameter', () => {
    expect(missingOf(() => resolve('snowflake://bob:pw@xy12345/SALES?role=ANALYST'))).toEqual([
      'warehouse',
    ]);
    expect(missingOf(() => resolve('snowflake://bob:pw@xy12345'))).toEqual([
      'database',
      'role',
      'warehouse',
    ]);
    expect(() => resolve('snowflake://bob:pw@xy12345')).toThrow(
      'One or more parameters are missing: database, role, warehouse.',
    );
    expect(missingOf(() => resolve('snowflake://bob:pw@/SALES', { warehouse: 'WH_XS' }))).toEqual([
      'account',
      'role',
    ]);
  });

  it('refuses options Snowflake does not take', () => {
    expect(() =>
      resolve('snowflake://bob:pw@xy12345/SALES?role=R&warehouse=W&authenticator=externalbrowser'),
    ).toThrow(/authenticator/);
  });
});
