import { EngineError, type EngineClientFactory, type EngineSpec } from '@superset-ts/engines';

/** Loads engine drivers once and remembers whether each could be loaded. */
export interface EngineLoader {
  /**
   * The client factory of an engine. Throws ENGINE_CLIENT_UNAVAILABLE_ERROR when the engine
   * has no Node client, DRIVER_NOT_INSTALLED_ERROR when its driver package cannot be imported.
   */
  factoryFor(spec: EngineSpec): Promise<EngineClientFactory>;
  /** Whether `factoryFor` succeeds for this engine (the answer is cached). */
  isInstalled(spec: EngineSpec): Promise<boolean>;
}

async function load(spec: EngineSpec): Promise<EngineClientFactory> {
  if (!spec.loadClient) {
    throw new EngineError(
      'ENGINE_CLIENT_UNAVAILABLE_ERROR',
      `${spec.engineName} can be described but not queried from this server: it has no Node client.`,
    );
  }
  try {
    return await spec.loadClient();
  } catch (error) {
    if (error instanceof EngineError) throw error;
    const driver = spec.driverPackage ? ` (npm package ${spec.driverPackage})` : '';
    throw new EngineError(
      'DRIVER_NOT_INSTALLED_ERROR',
      `The driver of ${spec.engineName}${driver} is not installed on the server.`,
    );
  }
}

/** Imports each engine's driver the first time it is needed; success or failure is kept. */
export function createEngineLoader(): EngineLoader {
  const loaded = new Map<string, Promise<EngineClientFactory>>();
  const factoryFor = (spec: EngineSpec) => {
    let factory = loaded.get(spec.engine);
    if (!factory) {
      factory = load(spec);
      loaded.set(spec.engine, factory);
    }
    return factory;
  };
  return {
    factoryFor,
    isInstalled: (spec) =>
      factoryFor(spec).then(
        () => true,
        () => false,
      ),
  };
}
