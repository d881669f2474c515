import { numberValue, type ChartFormData } from '../../../core/form-data';
import type { LngLat } from './types';

/** Where the map looks from (Superset's `viewport` control value). */
export interface Viewport {
  longitude: number;
  latitude: number;
  zoom: number;
  bearing: number;
  pitch: number;
}

/** `[south-west, north-east]` corners of the data. */
export type Bounds = [LngLat, LngLat];

/** Superset's default viewport: the whole world, centred near the Mediterranean. */
export const DEFAULT_VIEWPORT: Readonly<Viewport> = {
  longitude: 6.85236157047845,
  latitude: 31.222656842808707,
  zoom: 1,
  bearing: 0,
  pitch: 0,
};

/** The flat viewport controls, by the field of Superset's `viewport` object they set. */
export const VIEWPORT_CONTROL_NAMES: Readonly<Record<keyof Viewport, string>> = {
  longitude: 'viewport_longitude',
  latitude: 'viewport_latitude',
  zoom: 'viewport_zoom',
  bearing: 'viewport_bearing',
  pitch: 'viewport_pitch',
};

const LIMITS: Readonly<Record<keyof Viewport, [number, number]>> = {
  longitude: [-180, 180],
  latitude: [-85, 85],
  zoom: [0, 22],
  bearing: [-180, 180],
  pitch: [0, 60],
};

const clamp = (value: number, [min, max]: [number, number]) => Math.min(max, Math.max(min, value));

/**
 * The chart's saved viewport: each flat control when set, else the field of a `viewport`
 * object saved by Superset, else Superset's default; values kept within what a map can show.
 */
export function readViewport(formData: ChartFormData): Viewport {
  const saved =
    formData.viewport && typeof formData.viewport === 'object'
      ? (formData.viewport as Record<string, unknown>)
      : {};
  const field = (key: keyof Viewport): number => {
    const value =
      numberValue(formData[VIEWPORT_CONTROL_NAMES[key]]) ??
      numberValue(saved[key]) ??
      DEFAULT_VIEWPORT[key];
    return clamp(value, LIMITS[key]);
  };
  return {
    longitude: field('longitude'),
    latitude: field('latitude'),
    zoom: field('zoom'),
    bearing: field('bearing'),
    pitch: field('pitch'),
  };
}

/** The south-west and north-east corners of the points, or null when there are none. */
export function boundsOf(points: Iterable<LngLat>): Bounds | null {
  let minLng = Infinity;
  let minLat = Infinity;
  let maxLng = -Infinity;
  let maxLat = -Infinity;
  for (const [lng, lat] of points) {
    if (lng < minLng) minLng = lng;
    if (lng > maxLng) maxLng = lng;
    if (lat < minLat) minLat = lat;
    if (lat > maxLat) maxLat = lat;
  }
  if (minLng === Infinity) return null;
  return [
    [minLng, minLat],
    [maxLng, maxLat],
  ];
}
