import { existsSync, mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import type { ExamplesBackend } from './column-types.js';

/**
 * Creates an empty database file for a file engine, with its folder: the engines' clients
 * never create a missing file, but the examples database is the loader's to make.
 */
export async function createLocalDatabaseFile(backend: ExamplesBackend, file: string) {
  if (existsSync(file)) return;
  mkdirSync(dirname(file), { recursive: true });
  if (backend === 'sqlite') {
    new Database(file).close();
    return;
  }
  const { DuckDBInstance } = await import('@duckdb/node-api');
  (await DuckDBInstance.create(file)).closeSync();
}
