import type { createConnection, createPool } from 'mysql2';
import { EngineError } from '../spec/engine-error.js';

/** The mysql2 modules the client needs, loaded on first use. */
export interface MysqlDriver {
  createPool: typeof createPool;
  createConnection: typeof createConnection;
  /** Protocol field type codes to their names (`8` → `LONGLONG`). */
  typeNames: ReadonlyMap<number, string>;
}

/** Imports `mysql2`; a missing package is DRIVER_NOT_INSTALLED_ERROR naming it. */
export async function loadMysqlDriver(): Promise<MysqlDriver> {
  try {
    const callbackApi = (await import('mysql2')).default;
    return {
      createPool: callbackApi.createPool,
      createConnection: callbackApi.createConnection,
      typeNames: new Map(
        Object.entries(callbackApi.Types as object).flatMap(([code, name]: [string, unknown]) =>
          typeof name === 'string' && /^\d+$/.test(code) ? [[Number(code), name] as const] : [],
        ),
      ),
    };
  } catch {
    throw new EngineError(
      'DRIVER_NOT_INSTALLED_ERROR',
      'Install the npm package "mysql2" on the server (npm install mysql2) to connect to this database.',
    );
  }
}
