import { ALL_ENGINE_SPECS, createEngineRegistry, type Dialect } from '@superset-ts/engines';

let registry: ReturnType<typeof createEngineRegistry> | null = null;

/** The dialect of an engine name (`EngineSpec.engine`), or null for an engine this build lacks. */
export function findDialect(engine: string): Dialect | null {
  registry ??= createEngineRegistry(ALL_ENGINE_SPECS);
  return registry.byEngine(engine)?.dialect ?? null;
}
