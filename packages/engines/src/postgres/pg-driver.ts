import type PgCursor from 'pg-cursor';
import { EngineError } from '../spec/engine-error.js';

/** The node-postgres modules the client needs, loaded on first use. */
export interface PgDriver {
  Pool: typeof import('pg').Pool;
  Client: typeof import('pg').Client;
  types: typeof import('pg').types;
  Cursor: typeof PgCursor;
}

function notInstalled(name: string): EngineError {
  return new EngineError(
    'DRIVER_NOT_INSTALLED_ERROR',
    `Install the npm package "${name}" on the server (npm install ${name}) to connect to this database.`,
  );
}

/** Imports `pg` and `pg-cursor`; a missing package is DRIVER_NOT_INSTALLED_ERROR naming it. */
export async function loadPgDriver(): Promise<PgDriver> {
  const pg = await import('pg').catch(() => {
    throw notInstalled('pg');
  });
  const cursor = await import('pg-cursor').catch(() => {
    throw notInstalled('pg-cursor');
  });
  return {
    Pool: pg.default.Pool,
    Client: pg.default.Client,
    types: pg.default.types,
    Cursor: cursor.default,
  };
}
