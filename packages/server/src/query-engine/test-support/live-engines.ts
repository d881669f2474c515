import {
  ALL_ENGINE_SPECS,
  createEngineRegistry,
  parseSqlalchemyUri,
  resolveConnectionSettings,
  type Dialect,
  type EngineClient,
} from '@superset-ts/engines';

/** A live analytics engine for tests: its client and dialect. */
export interface LiveEngine {
  client: EngineClient;
  dialect: Dialect;
}

/** Opens a client for `uri` the way the server does (registry, allow-lists, lazy driver). */
export async function openEngine(uri: string): Promise<LiveEngine> {
  const parsed = parseSqlalchemyUri(uri);
  const spec = createEngineRegistry(ALL_ENGINE_SPECS).forUri(parsed);
  if (!spec.loadClient) throw new Error(`${spec.engineName} has no client`);
  const settings = resolveConnectionSettings(spec, parsed, {
    connectTimeoutMs: 5_000,
    poolSize: 1,
  });
  const client = (await spec.loadClient())(settings);
  return { client, dialect: spec.dialect };
}
