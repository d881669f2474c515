import type { FeatureCollection } from 'geojson';
import { feature } from 'topojson-client';
import { loadWorldTopology, type CountriesTopology } from '../world-atlas';
import { unwrapAntimeridian } from '../world-geometry';

/** world-atlas's id (ISO 3166-1 numeric) of Antarctica. */
const ANTARCTICA_ID = '010';

/**
 * The world's countries as GeoJSON, from world-atlas's TopoJSON (Natural Earth 1:110m), with
 * the shapes that cross the 180° line (Russia, Fiji) kept in one piece: drawn as they come,
 * their edges jump across the whole map as horizontal bands. Antarctica is left out: its
 * ring runs along the map's bottom edge to the pole, which a Web Mercator map draws as wedges.
 */
export function countriesFromTopology(topology: CountriesTopology): FeatureCollection {
  const countries = feature(topology, topology.objects.countries);
  return {
    ...countries,
    features: countries.features
      .filter((country) => String(country.id) !== ANTARCTICA_ID)
      .map((country) => ({
        ...country,
        geometry: unwrapAntimeridian(country.geometry),
      })),
  };
}

/** The world's country outlines, for the offline base map. */
export async function loadWorldCountries(): Promise<FeatureCollection> {
  return countriesFromTopology(await loadWorldTopology());
}
