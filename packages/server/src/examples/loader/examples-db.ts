import { isAbsolute, resolve } from 'node:path';
import {
  ALL_ENGINE_SPECS,
  createEngineRegistry,
  formatSqlalchemyUri,
  parseSqlalchemyUri,
  resolveConnectionSettings,
  type EngineClient,
  type EngineSpec,
  type SqlalchemyUri,
} from '@superset-ts/engines';
import type { Config } from '../../config/index.js';
import { parseMetadataUri } from '../../db/index.js';
import { createEngineLoader } from '../../domains/databases/engine-loader.js';
import { createLocalFileGuard } from '../../domains/databases/local-file-guard.js';
import { openSafeClient } from '../../domains/databases/safe-engine-client.js';
import { examplesBackendOf, type ExamplesBackend } from './column-types.js';
import { createLocalDatabaseFile } from './create-local-file.js';
import { ExamplesError } from './examples-error.js';

/** The examples database opened for loading: one connection, so a transaction spans calls. */
export interface ExamplesDb {
  backend: ExamplesBackend;
  client: EngineClient;
  /** The URL without its password, for messages. */
  displayUri: string;
  quote(identifier: string): string;
  /**
   * Runs `statements` so that either all or none take effect where the engine allows it
   * (MySQL commits each DDL statement itself: callers keep each step atomic there).
   */
  runAtomically(statements: readonly string[]): Promise<void>;
  close(): Promise<void>;
}

function messageOf(error: unknown): string {
  return (error instanceof Error ? error.message : String(error)).replace(/\.$/, '');
}

function unreachable(displayUri: string, error: unknown): ExamplesError {
  const reason = messageOf(error);
  const hint = /lock|another process/i.test(reason)
    ? ' Another process holds the file: stop the running Superset.ts server, load the examples, then start it again.'
    : ' Check SQLALCHEMY_EXAMPLES_URI (superset_config or SUPERSET__SQLALCHEMY_EXAMPLES_URI) and that the database server is running and the database exists.';
  return new ExamplesError(
    'EXAMPLES_DATABASE_UNREACHABLE',
    `The examples database at ${displayUri} cannot be reached: ${reason}.${hint}`,
  );
}

/** The examples URL with a local file resolved against `cwd`, refused when it is the metadata database. */
function examplesUriOf(config: Config, cwd: string, spec: EngineSpec, uri: SqlalchemyUri) {
  if (!spec.localFile) return uri;
  const metadata = parseMetadataUri(config.SQLALCHEMY_DATABASE_URI, cwd);
  const guard = createLocalFileGuard({
    preventUnsafe: false,
    allowedDirectories: [],
    metadataDbFile:
      metadata.dialect === 'sqlite' && !metadata.isInMemory ? metadata.filename : null,
    cwd,
  });
  try {
    guard.requireAllowed(spec, uri);
  } catch (error) {
    throw new ExamplesError(
      'EXAMPLES_DATABASE_UNSUPPORTED',
      `SQLALCHEMY_EXAMPLES_URI cannot be used: ${messageOf(error)}.`,
    );
  }
  const file = uri.database ?? '';
  if (file === '' || file === ':memory:') {
    throw new ExamplesError(
      'EXAMPLES_DATABASE_UNSUPPORTED',
      'SQLALCHEMY_EXAMPLES_URI names an in-memory database: the examples need a file.',
    );
  }
  return { ...uri, database: isAbsolute(file) ? file : resolve(cwd, file) };
}

/**
 * Opens SQLALCHEMY_EXAMPLES_URI with one connection and checks that it answers; a missing
 * DuckDB or SQLite file is created.
 * @throws ExamplesError EXAMPLES_DATABASE_UNREACHABLE (with a hint, never the password) or
 *   EXAMPLES_DATABASE_UNSUPPORTED (an engine the examples cannot load into).
 */
export async function openExamplesDb(config: Config, cwd: string): Promise<ExamplesDb> {
  const parsed = parseSqlalchemyUri(config.SQLALCHEMY_EXAMPLES_URI);
  const displayUri = formatSqlalchemyUri(parsed, { password: 'omit' });
  const spec = createEngineRegistry(ALL_ENGINE_SPECS).forUri(parsed);
  const backend = examplesBackendOf(spec.engine, spec.engineName);
  const uri = examplesUriOf(config, cwd, spec, parsed);
  let client: EngineClient;
  try {
    if (spec.localFile && uri.database) await createLocalDatabaseFile(backend, uri.database);
    const settings = resolveConnectionSettings(spec, uri, {
      connectTimeoutMs: config.TEST_DATABASE_CONNECTION_TIMEOUT * 1000,
      poolSize: 1,
    });
    const secrets = uri.password ? [uri.password] : [];
    client = await openSafeClient(createEngineLoader(), { spec, settings, secrets });
    await client.testConnection().catch(async (error: unknown) => {
      await client.close().catch(() => undefined);
      throw error;
    });
  } catch (error) {
    throw unreachable(displayUri, error);
  }
  return {
    backend,
    client,
    displayUri,
    quote: (identifier) => spec.dialect.quoteIdentifier(identifier),
    runAtomically: (statements) => runAtomically(backend, client, statements),
    close: () => client.close(),
  };
}

async function runAtomically(
  backend: ExamplesBackend,
  client: EngineClient,
  statements: readonly string[],
): Promise<void> {
  switch (backend) {
    case 'duckdb':
      // Each call is a connection of its own, so the transaction is one call.
      await client.execute(['BEGIN TRANSACTION', ...statements, 'COMMIT'].join(';\n'));
      return;
    case 'postgresql':
    case 'sqlite':
      await client.execute('BEGIN');
      try {
        for (const statement of statements) await client.execute(statement);
        await client.execute('COMMIT');
      } catch (error) {
        await client.execute('ROLLBACK').catch(() => undefined);
        throw error;
      }
      return;
    case 'mysql':
      for (const statement of statements) await client.execute(statement);
      return;
  }
}
