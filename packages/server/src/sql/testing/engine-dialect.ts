import { ALL_ENGINE_SPECS, createEngineRegistry, type Dialect } from '@superset-ts/engines';

const registry = createEngineRegistry(ALL_ENGINE_SPECS);

/** The registered dialect of an engine (Superset's `engine` name), for tests. */
export function engineDialect(engine: string): Dialect {
  const spec = registry.byEngine(engine);
  if (!spec) throw new Error(`No engine "${engine}" is registered`);
  return spec.dialect;
}
