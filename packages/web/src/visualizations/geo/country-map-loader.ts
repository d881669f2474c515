import { MapChart } from 'echarts/charts';
import { echarts } from '../echarts/echarts-core';
import type { CountryMap } from './country-maps-build/build-country-maps';
import { MapDataUnavailableError } from './map-data-error';

// Registering maps needs ECharts' map support installed, or registerMap does nothing.
echarts.use([MapChart]);

/** The ECharts map name of a country's subdivisions. */
export const countryMapName = (cca2: string) => `superset-ts-country-${cca2.toUpperCase()}`;

/**
 * Where the app serves a country's map: generated at build time into `public/country-maps`
 * (scripts/build-country-maps.mjs) and served from the app's own origin, never the network.
 */
export const countryMapUrl = (cca2: string) =>
  `${import.meta.env.BASE_URL}country-maps/${cca2.toUpperCase()}.json`;

const loading = new Map<string, Promise<CountryMap>>();

async function fetchCountryMap(cca2: string, countryName: string): Promise<CountryMap> {
  const response = await fetch(countryMapUrl(cca2));
  const isJson = response.headers.get('content-type')?.includes('json') ?? false;
  // A development server answers a missing file with the app's page: no map either.
  if (response.status === 404 || (response.ok && !isJson)) {
    throw new MapDataUnavailableError(`There is no map of ${countryName}'s regions.`);
  }
  if (!response.ok) {
    throw new MapDataUnavailableError(
      `The map of ${countryName} could not be loaded (${response.status}).`,
    );
  }
  const map = (await response.json()) as CountryMap;
  echarts.registerMap(countryMapName(cca2), map);
  return map;
}

/**
 * Loads a country's subdivisions once per page and registers them with ECharts under
 * `countryMapName(cca2)`; a failed load is retried by the next caller.
 */
export function loadCountryMap(cca2: string, countryName: string): Promise<CountryMap> {
  const key = cca2.toUpperCase();
  let promise = loading.get(key);
  if (!promise) {
    promise = fetchCountryMap(key, countryName).catch((error: unknown) => {
      loading.delete(key);
      throw error;
    });
    loading.set(key, promise);
  }
  return promise;
}
