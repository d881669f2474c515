import type { Config } from '../config/index.js';
import type { MetadataDb } from '../db/index.js';
import type { ExampleTable } from './example-table.js';
import { exampleTables } from './example-tables.js';
import { ensureExamplesDatabase } from './examples-database.js';
import type { ExamplesProgress } from './examples-progress.js';
import { openInProcessApi, requireAdminId } from './in-process-api.js';
import { openExamplesDb, type ExamplesDb } from './loader/examples-db.js';
import { ensureMarkerTable, findLoadedRowCount, readMarkers } from './loader/examples-marker.js';
import { writeExampleTable } from './loader/table-writer.js';
import { applyExampleMetadata } from './metadata/apply-example-metadata.js';
import type {
  ApplyExampleMetadata,
  ExampleMetadataSummary,
} from './metadata/example-metadata.contract.js';
import { formatCount } from './terminal-progress.js';

/** What `superset load_examples` was asked to do. */
export interface LoadExamplesOptions {
  /** Reload every table and restore every example object (--force). */
  force: boolean;
  /** Leave the data alone; restore the datasets, charts and dashboards (--only-metadata). */
  onlyMetadata: boolean;
  /** The tables to load; every example table by default (tests pass small ones). */
  tables?: readonly ExampleTable[];
  /** Rows of the SQL-generated fact table when `tables` is not given. */
  bigTableRows?: number;
  /** Folder a relative SQLALCHEMY_EXAMPLES_URI file is resolved against. */
  cwd?: string;
  /** Builds the example objects; the real one by default. */
  applyMetadata?: ApplyExampleMetadata;
}

/** What happened to one table. */
export interface TableOutcome {
  name: string;
  status: 'loaded' | 'unchanged' | 'skipped';
  rowCount: number;
}

/** What a run did, for the CLI and tests. */
export interface LoadExamplesSummary {
  tables: TableOutcome[];
  databaseId: number;
  database: 'created' | 'updated' | 'unchanged';
  metadata: ExampleMetadataSummary;
  /** True when the run changed nothing at all. */
  isUnchanged: boolean;
}

async function loadTables(
  db: ExamplesDb,
  tables: readonly ExampleTable[],
  force: boolean,
  progress: ExamplesProgress,
): Promise<TableOutcome[]> {
  await ensureMarkerTable(db);
  const markers = await readMarkers(db);
  const outcomes: TableOutcome[] = [];
  for (const table of tables) {
    const name = table.schema.name;
    const loaded = force ? null : await findLoadedRowCount(db, table, markers);
    const task = progress.start(name, loaded ?? table.rowCount);
    if (loaded !== null) {
      task.advance(loaded);
      task.done(`already loaded (${formatCount(loaded)} rows)`);
      outcomes.push({ name, status: 'unchanged', rowCount: loaded });
      continue;
    }
    const startedAt = Date.now();
    try {
      const outcome = await writeExampleTable(db, table, task);
      if (outcome.status === 'skipped') {
        task.done(`skipped: ${outcome.reason}`);
        outcomes.push({ name, status: 'skipped', rowCount: 0 });
        continue;
      }
      const seconds = ((Date.now() - startedAt) / 1000).toFixed(1);
      task.done(`${formatCount(outcome.rowCount)} rows in ${seconds} s`);
      outcomes.push({ name, status: 'loaded', rowCount: outcome.rowCount });
    } catch (error) {
      task.fail(error instanceof Error ? error.message : String(error));
      throw error;
    }
  }
  return outcomes;
}

/** The data phase: loads (or checks) each table, then lists the example tables present. */
async function runDataPhase(
  config: Config,
  options: LoadExamplesOptions,
  tables: readonly ExampleTable[],
  progress: ExamplesProgress,
) {
  const db = await openExamplesDb(config, options.cwd ?? process.cwd());
  try {
    if (!options.onlyMetadata) progress.line(`Loading example data into ${db.displayUri}`);
    const outcomes = options.onlyMetadata
      ? []
      : await loadTables(db, tables, options.force, progress);
    const present = new Set(await db.client.listTables(null));
    return {
      outcomes,
      present: new Set(tables.map((t) => t.schema.name).filter((n) => present.has(n))),
    };
  } finally {
    // DuckDB lets one instance hold a file: ours is closed before the app opens it.
    await db.close();
  }
}

/**
 * `superset load_examples`: loads the example tables into SQLALCHEMY_EXAMPLES_URI (each one
 * replaced whole or not at all; unchanged ones left alone unless `force`), registers the
 * "examples" database, then creates the example datasets, charts and dashboards through the
 * REST API as an admin.
 * @throws ExamplesError with a stable code and a message for the user.
 */
export async function loadExamples(
  config: Config,
  metadataDb: MetadataDb,
  options: LoadExamplesOptions,
  progress: ExamplesProgress,
): Promise<LoadExamplesSummary> {
  await requireAdminId(metadataDb);
  const tables = options.tables ?? exampleTables(options.bigTableRows);
  const { outcomes, present } = await runDataPhase(config, options, tables, progress);

  const api = await openInProcessApi(config, metadataDb);
  try {
    const database = await ensureExamplesDatabase(api, config.SQLALCHEMY_EXAMPLES_URI);
    if (database.status !== 'unchanged') {
      progress.line(`The "examples" database was ${database.status} (id ${database.id}).`);
    }
    const apply = options.applyMetadata ?? applyExampleMetadata;
    const metadata = await apply(
      api,
      { databaseId: database.id, tables: present, recreate: options.onlyMetadata || options.force },
      progress,
    );
    const changedObjects = [metadata.created, metadata.updated].some(
      (counts) => counts.datasets + counts.charts + counts.dashboards > 0,
    );
    const isUnchanged =
      outcomes.every((outcome) => outcome.status !== 'loaded') &&
      database.status === 'unchanged' &&
      !changedObjects;
    if (isUnchanged) progress.line('Examples already loaded: nothing changed.');
    return {
      tables: outcomes,
      databaseId: database.id,
      database: database.status,
      metadata,
      isUnchanged,
    };
  } finally {
    await api.close();
  }
}
