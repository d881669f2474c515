import type { PointUnit } from './types';

const METERS_PER_MILE = 1609.34;

const POINT_UNITS: readonly PointUnit[] = [
  'square_m',
  'radius_m',
  'radius_km',
  'radius_miles',
  'square_km',
  'square_miles',
];

/** The unit a form value names, square meters (Superset's default) when it names none. */
export function pointUnit(value: unknown): PointUnit {
  return POINT_UNITS.find((unit) => unit === value) ?? 'square_m';
}

/**
 * A point's radius in meters from its size in the unit (Superset's `unitToRadius`): an area
 * gives the radius of a circle of that area, a radius is converted to meters.
 */
export function unitToRadius(unit: PointUnit, size: number): number {
  const areaRadius = Math.sqrt(Math.max(0, size) / Math.PI);
  switch (unit) {
    case 'square_m':
      return areaRadius;
    case 'radius_m':
      return size;
    case 'radius_km':
      return size * 1000;
    case 'radius_miles':
      return size * METERS_PER_MILE;
    case 'square_km':
      return areaRadius * 1000;
    case 'square_miles':
      return areaRadius * METERS_PER_MILE;
  }
}
