import { MapChart } from 'echarts/charts';
import { echarts } from '../echarts/echarts-core';
import { MapDataUnavailableError } from './map-data-error';
import { loadWorldTopology } from './world-atlas';
import { toWorldGeometry, type WorldGeometry } from './world-geometry';

// Registering maps needs ECharts' map support installed, or registerMap does nothing.
echarts.use([MapChart]);

/** The name the world map is registered under with ECharts. */
export const WORLD_MAP_NAME = 'superset-ts-world';

let loading: Promise<WorldGeometry> | undefined;

async function fetchWorld(): Promise<WorldGeometry> {
  const topology = await loadWorldTopology().catch((error: unknown) => {
    throw new MapDataUnavailableError(`The world map could not be loaded (${String(error)}).`);
  });
  const world = toWorldGeometry(topology);
  echarts.registerMap(WORLD_MAP_NAME, world.geoJson as Parameters<typeof echarts.registerMap>[1]);
  return world;
}

/**
 * Loads the world's country shapes once per page and registers them with ECharts as
 * `WORLD_MAP_NAME`; a failed load is retried by the next caller.
 */
export function loadWorldMap(): Promise<WorldGeometry> {
  loading ??= fetchWorld().catch((error: unknown) => {
    loading = undefined;
    throw error;
  });
  return loading;
}
