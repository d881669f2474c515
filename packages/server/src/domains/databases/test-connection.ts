import { AppError } from '../../errors/app-error.js';
import type { BuiltConnection } from './connection-builder.js';
import type { EngineLoader } from './engine-loader.js';
import { openSafeClient } from './safe-engine-client.js';

/**
 * Connects with a throw-away client and runs the engine's trivial query, within
 * `timeoutMs` (CONNECTION_DATABASE_TIMEOUT after that), then closes the client. Errors are the
 * engine's distinct codes, scrubbed of secrets.
 */
export async function runConnectionTest(
  loader: EngineLoader,
  connection: BuiltConnection,
  timeoutMs: number,
): Promise<void> {
  const client = await openSafeClient(loader, connection);
  let timer: NodeJS.Timeout | undefined;
  let isTimedOut = false;
  const timeout = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(() => {
      isTimedOut = true;
      reject(
        new AppError(
          'CONNECTION_DATABASE_TIMEOUT',
          `The database did not answer within ${timeoutMs / 1000} seconds. Check the host and port, and that the database accepts connections.`,
        ),
      );
    }, timeoutMs);
  });
  try {
    await Promise.race([client.testConnection(), timeout]);
  } finally {
    clearTimeout(timer);
    const closing = client.close().catch(() => undefined);
    // A hung connection attempt can hold the close too; never keep the answer waiting for it.
    if (!isTimedOut) await closing;
  }
}
