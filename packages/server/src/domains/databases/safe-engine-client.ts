import {
  EngineError,
  scrubSecrets,
  type Dialect,
  type EngineClient,
  type RowBatch,
} from '@superset-ts/engines';
import type { BuiltConnection } from './connection-builder.js';
import type { EngineLoader } from './engine-loader.js';

/** What a client's errors are cleaned with: the dialect that classifies them, the secrets to hide. */
export interface ErrorScrubbing {
  dialect: Dialect;
  secrets: readonly (string | undefined)[];
}

/**
 * Any error of a client call as an `EngineError` without secrets: engine errors keep their
 * code with the message scrubbed; anything else (a raw driver error) is classified by the
 * dialect's patterns. Nothing a driver says reaches a response or a log line unscrubbed.
 */
export function toSafeEngineError(error: unknown, scrubbing: ErrorScrubbing): EngineError {
  if (error instanceof EngineError) {
    const message = scrubSecrets(error.message, scrubbing.secrets);
    if (message === error.message) return error;
    return new EngineError(error.code, message, error.extra ? { ...error.extra } : undefined);
  }
  const message = error instanceof Error ? error.message : String(error);
  return scrubbing.dialect.classifyError(message, scrubbing.secrets);
}

async function guarded<T>(work: () => Promise<T>, scrubbing: ErrorScrubbing): Promise<T> {
  try {
    return await work();
  } catch (error) {
    throw toSafeEngineError(error, scrubbing);
  }
}

async function* guardedStream(
  source: () => AsyncIterable<RowBatch>,
  scrubbing: ErrorScrubbing,
): AsyncIterable<RowBatch> {
  try {
    yield* source();
  } catch (error) {
    throw toSafeEngineError(error, scrubbing);
  }
}

/** The same client, every error passed through `toSafeEngineError`. */
export function safeEngineClient(client: EngineClient, scrubbing: ErrorScrubbing): EngineClient {
  return {
    execute: (sql, options) => guarded(() => client.execute(sql, options), scrubbing),
    stream: (sql, options) => guardedStream(() => client.stream(sql, options), scrubbing),
    cancelQuery: (id) => guarded(() => client.cancelQuery(id), scrubbing),
    testConnection: () => guarded(() => client.testConnection(), scrubbing),
    listSchemas: () => guarded(() => client.listSchemas(), scrubbing),
    listTables: (schema) => guarded(() => client.listTables(schema), scrubbing),
    listViews: (schema) => guarded(() => client.listViews(schema), scrubbing),
    getTableMetadata: (table, schema) =>
      guarded(() => client.getTableMetadata(table, schema), scrubbing),
    close: () => guarded(() => client.close(), scrubbing),
  };
}

/** Opens a client for a built connection, errors made safe from the first call on. */
export async function openSafeClient(
  loader: EngineLoader,
  connection: BuiltConnection,
): Promise<EngineClient> {
  const scrubbing = { dialect: connection.spec.dialect, secrets: connection.secrets };
  const factory = await loader.factoryFor(connection.spec);
  try {
    return safeEngineClient(factory(connection.settings), scrubbing);
  } catch (error) {
    throw toSafeEngineError(error, scrubbing);
  }
}
