import { resolveConnectionSettings } from '../connection/resolve-connection.js';
import { parseSqlalchemyUri } from '../connection/sqlalchemy-uri.js';
import type { EngineClient } from '../spec/client.js';
import type { EngineSpec } from '../spec/engine-spec.js';

/** Pool and timeout settings for live tests: small pools, so a leaked connection shows. */
export interface LiveClientOptions {
  poolSize?: number;
  connectTimeoutMs?: number;
  connectArgs?: Record<string, unknown>;
}

/** A client for `uri` built the way the server builds one: URI, allow-lists, then the spec's loader. */
export async function openLiveClient(
  spec: EngineSpec,
  uri: string,
  options: LiveClientOptions = {},
): Promise<EngineClient> {
  if (!spec.loadClient) throw new Error(`${spec.engineName} has no client`);
  const settings = resolveConnectionSettings(spec, parseSqlalchemyUri(uri), {
    connectTimeoutMs: options.connectTimeoutMs ?? 5_000,
    poolSize: options.poolSize ?? 2,
    ...(options.connectArgs ? { connectArgs: options.connectArgs } : {}),
  });
  const createClient = await spec.loadClient();
  return createClient(settings);
}

/** Polls `check` until it holds or `timeoutMs` passes; returns whether it held. */
export async function eventually(
  check: () => Promise<boolean>,
  timeoutMs = 3_000,
  intervalMs = 100,
): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (await check()) return true;
    if (Date.now() > deadline) return false;
    await new Promise((resolve) => setTimeout(resolve, intervalMs));
  }
}
