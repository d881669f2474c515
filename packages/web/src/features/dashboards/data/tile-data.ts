import { chartDataResultSchema, type ChartDataResult } from '@superset-ts/shared';
import { z } from 'zod';

/** What a chart tile has of its data. */
export type TileData =
  | { status: 'loading' }
  | {
      status: 'loaded';
      results: readonly ChartDataResult[];
      isFromClientCache: boolean;
      /** When the browser got the results (ms since the epoch). */
      receivedAt: number;
    }
  | { status: 'error'; message: string };

const resultsSchema = z.array(chartDataResultSchema);

/** A `chart` line's `result` as chart data results, or null when it is not one. */
export function parseChartResults(result: unknown): ChartDataResult[] | null {
  const parsed = resultsSchema.safeParse(result);
  return parsed.success ? parsed.data : null;
}

/** The tile state for results that arrived. */
export function loadedTile(
  results: readonly ChartDataResult[],
  isFromClientCache = false,
): TileData {
  return { status: 'loaded', results, isFromClientCache, receivedAt: Date.now() };
}
