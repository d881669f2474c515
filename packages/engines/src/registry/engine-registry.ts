import { EngineError } from '../spec/engine-error.js';
import type { EngineSpec } from '../spec/engine-spec.js';
import type { SqlalchemyUri } from '../connection/sqlalchemy-uri.js';

/** Engine specs by URI backend, as Superset's `get_engine_spec(backend, driver)`. */
export interface EngineRegistry {
  all(): readonly EngineSpec[];
  byEngine(engine: string): EngineSpec | undefined;
  /** The spec a URI selects; throws UNKNOWN_ENGINE_ERROR naming the backend. */
  forUri(uri: Pick<SqlalchemyUri, 'backend' | 'driver'>): EngineSpec;
}

/** Indexes specs by backend; a backend claimed twice is a programming error. */
export function createEngineRegistry(specs: readonly EngineSpec[]): EngineRegistry {
  const byBackend = new Map<string, EngineSpec>();
  const byEngine = new Map<string, EngineSpec>();
  for (const spec of specs) {
    if (byEngine.has(spec.engine)) throw new Error(`Engine "${spec.engine}" is registered twice`);
    byEngine.set(spec.engine, spec);
    for (const backend of spec.backends) {
      if (byBackend.has(backend)) throw new Error(`URI backend "${backend}" is claimed twice`);
      byBackend.set(backend, spec);
    }
  }
  const sorted = [...specs].sort((a, b) => a.engineName.localeCompare(b.engineName));
  return {
    all: () => sorted,
    byEngine: (engine) => byEngine.get(engine),
    forUri(uri) {
      const spec = byBackend.get(uri.backend);
      if (!spec) {
        throw new EngineError(
          'UNKNOWN_ENGINE_ERROR',
          `No engine is known for "${uri.backend}://". GET /api/v1/database/available/ lists the engines.`,
        );
      }
      return spec;
    },
  };
}
