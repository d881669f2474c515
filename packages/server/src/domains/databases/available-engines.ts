import type { AvailableEngine } from '@superset-ts/shared';
import type { EngineRegistry, EngineSpec } from '@superset-ts/engines';
import type { EngineLoader } from './engine-loader.js';
import { presentAvailableEngine } from './database.presenter.js';

/** What the engine list depends on. */
export interface AvailableEnginesDeps {
  engines: EngineRegistry;
  loader: EngineLoader;
  /** PREFERRED_DATABASES: engine names shown first, in this order. */
  preferred: readonly string[];
  /** DBS_AVAILABLE_DENYLIST: engine (or backend) -> drivers hidden; an engine with none left is hidden. */
  denylist: Readonly<Record<string, readonly string[]>>;
}

function allowedDrivers(spec: EngineSpec, denylist: AvailableEnginesDeps['denylist']): string[] {
  const denied = new Set([spec.engine, ...spec.backends].flatMap((name) => denylist[name] ?? []));
  const drivers = spec.drivers.length > 0 ? spec.drivers : [spec.defaultDriver];
  return drivers.filter((driver) => !denied.has(driver));
}

/**
 * `GET /api/v1/database/available/`: every engine of the registry with its parameters form,
 * whether its client loads on this server, how it is tested and notes; preferred engines
 * first in PREFERRED_DATABASES order, then the rest by name (Superset's order).
 */
export async function listAvailableEngines(deps: AvailableEnginesDeps): Promise<AvailableEngine[]> {
  const entries = await Promise.all(
    deps.engines.all().map(async (spec) => {
      const drivers = allowedDrivers(spec, deps.denylist);
      if (drivers.length === 0) return null;
      return presentAvailableEngine(spec, {
        drivers,
        isInstalled: await deps.loader.isInstalled(spec),
        isPreferred: deps.preferred.includes(spec.engineName),
      });
    }),
  );
  const shown = entries.filter((entry) => entry !== null);
  const rank = (entry: AvailableEngine) => deps.preferred.indexOf(entry.name);
  return [
    ...shown.filter((entry) => entry.preferred).sort((a, b) => rank(a) - rank(b)),
    ...shown.filter((entry) => !entry.preferred).sort((a, b) => a.name.localeCompare(b.name)),
  ];
}
