import type { Socket } from 'node:net';
import type { Client as PgClient } from 'pg';

type ConnectCallback = ((error: Error) => void) | ((error: null, client: PgClient) => void);

/**
 * A client class whose `connect` gives up after `timeoutMs` with an error naming the
 * connection timeout (as node-postgres's pool words it), so the pool can queue requests
 * without a time limit of its own while opening a connection keeps the connect timeout.
 */
export function withConnectTimeout(
  Client: typeof PgClient,
  timeoutMs: number | undefined,
): typeof PgClient {
  if (!timeoutMs || timeoutMs <= 0) return Client;
  return class ConnectTimeoutClient extends Client {
    override connect(): Promise<PgClient>;
    override connect(callback: ConnectCallback): void;
    override connect(callback?: ConnectCallback): Promise<PgClient> | void {
      let isTimedOut = false;
      const timer = setTimeout(() => {
        isTimedOut = true;
        (this as unknown as { connection?: { stream?: Socket } }).connection?.stream?.destroy();
      }, timeoutMs);
      timer.unref();
      const opened = super.connect().then(
        (client) => {
          clearTimeout(timer);
          return client;
        },
        (error: unknown) => {
          clearTimeout(timer);
          throw isTimedOut
            ? new Error('Connection terminated due to connection timeout', { cause: error })
            : error;
        },
      );
      if (!callback) return opened;
      opened.then(
        (client) => (callback as (error: null, client: PgClient) => void)(null, client),
        (error: unknown) =>
          (callback as (error: Error) => void)(
            error instanceof Error ? error : new Error(String(error)),
          ),
      );
    }
  };
}
