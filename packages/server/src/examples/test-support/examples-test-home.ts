import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { addUser } from '../../app/test-support/test-app.js';
import { loadConfig, type Config } from '../../config/index.js';
import { createMetadataDb, upgrade, type MetadataDb } from '../../db/index.js';
import { syncRoleDefinitions } from '../../security/roles/role-sync.js';
import type {
  ExampleCell,
  ExampleTableSchema,
  GeneratedExampleTable,
  SqlGeneratedExampleTable,
} from '../example-table.js';
import type { ExamplesProgress } from '../examples-progress.js';

/** A temp SUPERSET_HOME with a migrated SQLite metadata database and (unless told) an admin. */
export interface ExamplesTestHome {
  home: string;
  config: Config;
  metadataDb: MetadataDb;
  close(): Promise<void>;
}

/** Opens a test home; `examplesUri` (given the home's folder) replaces the default DuckDB file. */
export async function openExamplesTestHome(
  options: {
    examplesUri?: string | ((home: string) => string | undefined);
    withAdmin?: boolean;
  } = {},
): Promise<ExamplesTestHome> {
  const home = mkdtempSync(join(tmpdir(), 'st-examples-'));
  const examplesUri =
    typeof options.examplesUri === 'function' ? options.examplesUri(home) : options.examplesUri;
  const { config } = await loadConfig({
    env: { SUPERSET_HOME: home, HOME: home },
    cwd: home,
    overrides: {
      SECRET_KEY: 'test-secret-key-that-is-long-enough-1234567890',
      ...(examplesUri ? { SQLALCHEMY_EXAMPLES_URI: examplesUri } : {}),
    },
  });
  const metadataDb = createMetadataDb(config.SQLALCHEMY_DATABASE_URI, { cwd: home });
  await upgrade(metadataDb, 'head');
  await syncRoleDefinitions(metadataDb, { publicRoleLike: null });
  if (options.withAdmin ?? true) {
    await addUser(metadataDb, { username: 'admin', password: 'admin', roles: ['Admin'] });
  }
  return {
    home,
    config,
    metadataDb,
    close: async () => {
      await metadataDb.destroy();
      rmSync(home, { recursive: true, force: true });
    },
  };
}

/** A small generated table over `schema`: `rows` rows, cells from `cell(row, column)`. */
export function smallTable(
  schema: ExampleTableSchema,
  rows: number,
  cell: (row: number, column: number) => ExampleCell,
  options: { version?: number; failAtRow?: number } = {},
): GeneratedExampleTable {
  return {
    kind: 'rows',
    schema,
    version: options.version ?? 1,
    rowCount: rows,
    *rows() {
      for (let row = 0; row < rows; row += 1) {
        if (row === options.failAtRow) throw new Error(`generator broke at row ${row}`);
        yield schema.columns.map((_, column) => cell(row, column));
      }
    },
  };
}

/** A SQL-generated table over `schema` from a SELECT per dialect. */
export function sqlTable(
  schema: ExampleTableSchema,
  rowCount: number,
  select: SqlGeneratedExampleTable['selectSql'],
): SqlGeneratedExampleTable {
  return { kind: 'sql', schema, version: 1, rowCount, selectSql: select };
}

/** A progress that records lines and each task's ending. */
export function recordingProgress(): ExamplesProgress & { events: string[] } {
  const events: string[] = [];
  return {
    events,
    line: (text) => events.push(text),
    start(label) {
      return {
        advance: () => undefined,
        done: (summary) => events.push(`${label}: ${summary}`),
        fail: (reason) => events.push(`${label}: FAILED ${reason}`),
      };
    },
  };
}
