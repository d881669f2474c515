import type { Client, Pool } from 'pg';
import type PgCursor from 'pg-cursor';
import { EngineError } from '../spec/engine-error.js';

/** A parser of one type's text format. */
export type PgTextParser = (text: string) => unknown;

/** The node-postgres modules the client needs, loaded on first use. */
export interface PgDriver {
  Pool: typeof Pool;
  Client: typeof Client;
  Cursor: typeof PgCursor;
  /** The driver's own parser for a type's text format. */
  defaultParser: (oid: number) => PgTextParser;
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
  const { types } = pg.default;
  return {
    Pool: pg.default.Pool,
    Client: pg.default.Client,
    Cursor: cursor.default,
    defaultParser: (oid) => {
      const parse: unknown = types.getTypeParser(oid, 'text');
      return typeof parse === 'function'
        ? (text: string): unknown => Reflect.apply(parse, undefined, [text])
        : (text: string) => text;
    },
  };
}
