import type { RequestTransformFunction } from 'maplibre-gl';
import type { ResolvedMapStyle } from './map-style-options';
import { createMapboxRequestTransform } from './mapbox-request';
import { buildOfflineStyle, type MapStyleDocument } from './offline-style';
import { loadWorldCountries } from './world-countries';

/** What a MapLibre map is created with for a base map. */
export interface MapStyleSetup {
  style: string | MapStyleDocument;
  /** Rewrites `mapbox://` requests to the Mapbox API (Mapbox styles only). */
  transformRequest?: RequestTransformFunction;
}

/** The style (and request rewriting) of a resolved base map, loading the world outline if needed. */
export async function loadMapStyle(resolved: ResolvedMapStyle): Promise<MapStyleSetup> {
  if (resolved.kind === 'mapbox') {
    return {
      style: resolved.styleUrl,
      transformRequest: createMapboxRequestTransform(resolved.accessToken),
    };
  }
  return { style: buildOfflineStyle(await loadWorldCountries(), resolved.theme) };
}
