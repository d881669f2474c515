import { join } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import { DATABASES_API_PATH } from '@superset-ts/shared';
import {
  startDatabaseApiTestApp,
  type DatabaseApiTestApp,
} from '../../../domains/databases/test-support/database-api-test-app.js';
import type { ExamplesApi } from '../../examples-api.js';
import type { ExamplesProgress } from '../../examples-progress.js';
import { EXAMPLE_TABLE_SCHEMAS } from '../../table-schemas.js';

/** The app, an examples database of empty example tables (plus `rows`), and an admin's API. */
export interface ExamplesMetadataTestApp {
  t: DatabaseApiTestApp;
  databaseId: number;
  /** The REST API as the admin, over app.inject. */
  api: ExamplesApi;
  close(): Promise<void>;
}

/** A progress that records each task's label and how it ended. */
export function recordingProgress(): ExamplesProgress & { events: string[] } {
  const events: string[] = [];
  return {
    events,
    line: (text) => events.push(`line ${text}`),
    start(label, total) {
      events.push(`start ${label} ${total}`);
      return {
        advance: () => undefined,
        done: (summary) => events.push(`done ${label} ${summary}`),
        fail: (reason) => events.push(`fail ${label} ${reason}`),
      };
    },
  };
}

/**
 * Creates every example table (empty) in a DuckDB file, runs `rows` (INSERT statements),
 * closes it and registers the file as the database "examples".
 */
export async function startExamplesMetadataTestApp(
  rows: readonly string[] = [],
): Promise<ExamplesMetadataTestApp> {
  const t = await startDatabaseApiTestApp();
  const file = join(t.filesDir, 'examples.duckdb');
  const instance = await DuckDBInstance.create(file);
  const connection = await instance.connect();
  try {
    for (const schema of EXAMPLE_TABLE_SCHEMAS) {
      const columns = schema.columns.map((column) => `${column.name} ${column.type}`);
      await connection.run(`CREATE TABLE ${schema.name} (${columns.join(', ')})`);
    }
    for (const statement of rows) await connection.run(statement);
  } finally {
    connection.closeSync();
    instance.closeSync();
  }
  const created = await t.as(t.admin, 'POST', DATABASES_API_PATH, {
    database_name: 'examples',
    sqlalchemy_uri: `duckdb:///${file}`,
  });
  if (created.statusCode !== 201) throw new Error(`examples not registered: ${created.body}`);
  const api: ExamplesApi = {
    async request<T>(method: 'GET' | 'POST' | 'PUT' | 'DELETE', url: string, body?: unknown) {
      const response = await t.as(t.admin, method, url, body);
      const text = response.body;
      let parsed: unknown = text;
      try {
        parsed = JSON.parse(text);
      } catch {
        // not JSON: keep the text
      }
      return { status: response.statusCode, body: parsed as T };
    },
  };
  return {
    t,
    databaseId: created.json<{ id: number }>().id,
    api,
    close: () => t.t.close(),
  };
}
