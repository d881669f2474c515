import type { FeatureCollection } from 'geojson';
import type { MapOptions } from 'maplibre-gl';
import type { OfflineTheme } from './map-style-options';

/** A MapLibre style document (the object form of `MapOptions.style`). */
export type MapStyleDocument = Exclude<MapOptions['style'], string | undefined>;

interface OfflinePalette {
  water: string;
  land: string;
  border: string;
}

/** Colours of the offline base maps: quiet greys, so the data layers stand out. */
export const OFFLINE_PALETTES: Readonly<Record<OfflineTheme, OfflinePalette>> = {
  light: { water: '#f7f8fa', land: '#e3e5e8', border: '#c3c7cc' },
  dark: { water: '#1b1f24', land: '#2e333a', border: '#4a5058' },
};

/** The source id of the country shapes in the offline style. */
export const COUNTRIES_SOURCE_ID = 'countries';

/**
 * A MapLibre style that needs no network: a background of water, the world's countries filled
 * and outlined from a GeoJSON source held in memory. No glyphs, sprites or tiles are fetched.
 */
export function buildOfflineStyle(
  countries: FeatureCollection,
  theme: OfflineTheme,
): MapStyleDocument {
  const palette = OFFLINE_PALETTES[theme];
  return {
    version: 8,
    name: `World outline (${theme})`,
    sources: {
      [COUNTRIES_SOURCE_ID]: {
        type: 'geojson',
        data: countries,
        attribution: 'Natural Earth',
      },
    },
    layers: [
      { id: 'background', type: 'background', paint: { 'background-color': palette.water } },
      {
        id: 'countries-fill',
        type: 'fill',
        source: COUNTRIES_SOURCE_ID,
        paint: { 'fill-color': palette.land },
      },
      {
        id: 'countries-border',
        type: 'line',
        source: COUNTRIES_SOURCE_ID,
        paint: { 'line-color': palette.border, 'line-width': 0.6 },
      },
    ],
  };
}
