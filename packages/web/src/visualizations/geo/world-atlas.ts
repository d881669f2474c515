import type { GeometryCollection, Topology } from 'topojson-specification';

/** The shape of world-atlas's `countries-*.json` TopoJSON. */
export type CountriesTopology = Topology<{
  countries: GeometryCollection;
  land: GeometryCollection;
}>;

let pending: Promise<CountriesTopology> | undefined;

/**
 * The world's countries as world-atlas ships them (Natural Earth 1:110m TopoJSON), loaded once
 * per page as a code-split chunk of our own bundle, never from the internet. The world map and
 * the offline base map of deck.gl charts both draw from it; a failed load is retried by the
 * next caller.
 */
export function loadWorldTopology(): Promise<CountriesTopology> {
  pending ??= import('world-atlas/countries-110m.json')
    .then((module) => module.default as unknown as CountriesTopology)
    .catch((error: unknown) => {
      pending = undefined;
      throw error;
    });
  return pending;
}
