import type { ExtraFormData } from '@superset-ts/shared';
import { applyExtraFormData } from '@superset-ts/shared';
import type { ChartQuery } from './chart-data-queries.js';

/** Scenario id, as in the registry and the results. */
export const DASHBOARD_FILTER = 'D-filter';

/** `pickup_zone` holds 0..262 (chart-data-table.ts); 263 is prime, which `zoneSet` relies on. */
export const PICKUP_ZONES = 263;

/**
 * Zones per filter value: 20 of 263 keeps ~7.6% of the trips, near the design's three
 * cities of fifty (6%), so a filtered chart still aggregates over thousands of rows.
 */
export const ZONES_PER_SET = 20;

/** The design dashboard's size: the filter scope below is written for its 12 positions. */
export const DESIGN_TILE_COUNT = 12;

/**
 * The positions (1-based, in the dashboard's order) in the native filter's scope: the
 * design's charts 3-8 and 11-12 (performance.md §5.4); 1, 2, 9 and 10 stay unfiltered.
 */
export const FILTERED_POSITIONS: readonly number[] = [3, 4, 5, 6, 7, 8, 11, 12];

/** Thrown for a zone set or a filter scope the scenario cannot build. */
export class FilterScopeError extends Error {
  override readonly name = 'FilterScopeError';
}

/**
 * The `index`-th value of the filter: `size` consecutive zones (wrapping at 263) starting at
 * `index * size`. As 263 is prime, the starts of indexes 0..262 are all different, so no two
 * indexes give the same set: every filter change asks for values the cache has never seen.
 */
export function zoneSet(index: number, size: number = ZONES_PER_SET): number[] {
  if (!Number.isInteger(index) || index < 0 || index >= PICKUP_ZONES) {
    throw new FilterScopeError(
      `a zone set index is a whole number from 0 to ${PICKUP_ZONES - 1}, got ${index}`,
    );
  }
  if (!Number.isInteger(size) || size < 1 || size >= PICKUP_ZONES) {
    throw new FilterScopeError(`a zone set has 1 to ${PICKUP_ZONES - 1} zones, asked for ${size}`);
  }
  const start = (index * size) % PICKUP_ZONES;
  return Array.from({ length: size }, (_, offset) => (start + offset) % PICKUP_ZONES);
}

/** What the native filter `pickup_zone IN (zones)` adds to a chart in its scope. */
export function zoneFilter(zones: readonly number[]): ExtraFormData {
  return { filters: [{ col: 'pickup_zone', op: 'IN', val: [...zones] }] };
}

/** Whether the tile at `index` (0-based, in the dashboard's order) is in the filter's scope. */
export function isInFilterScope(index: number): boolean {
  return FILTERED_POSITIONS.includes(index + 1);
}

/**
 * Each tile's `extra_form_data` under a filter state, as the dashboard page computes it: the
 * zone filter for the tiles in scope, nothing for the others; with no zones chosen (the
 * filter cleared) nothing for any tile.
 */
export function tileExtras(
  tileCount: number,
  zones: readonly number[] | undefined,
): ExtraFormData[] {
  if (tileCount !== DESIGN_TILE_COUNT) {
    throw new FilterScopeError(
      `the filter scope is the design dashboard's ${DESIGN_TILE_COUNT} positions, got ${tileCount} tiles`,
    );
  }
  return Array.from({ length: tileCount }, (_, index) =>
    zones !== undefined && isInFilterScope(index) ? zoneFilter(zones) : {},
  );
}

/**
 * A chart as its tile queries it under `extra`: the page applies the tile's extra form data
 * to every query of the chart's context with the shared `applyExtraFormData`, so the
 * harness does the same and the server sees what a browser would send.
 */
export function chartUnderFilter(chart: ChartQuery, extra: ExtraFormData): ChartQuery {
  return { ...chart, query: applyExtraFormData(chart.query, extra) };
}
