import type { DashboardDataChart } from '@superset-ts/shared';
import type { ChartProduct } from './chart-data-product.js';
import type { PreparedChart } from './chart-answer-check.js';
import { chartDataResult } from './chart-data-result.js';
import type { ChartRows } from './dashboard-answers.js';
import { compareDashboardRows, rowsOfResult } from './dashboard-answers.js';
import { filteredAnswerMismatch } from './dashboard-filter-answers.js';
import { filteredDataCharts } from './dashboard-filter-load.js';
import {
  chartUnderFilter,
  isInFilterScope,
  tileExtras,
  zoneSet,
} from './dashboard-filter-scope.js';
import type { BenchDashboard } from './dashboard-session.js';
import type { DashboardLoad } from './dashboard-stream.js';

/** A tile in the filter's scope: its chart as filtered, with the SQL the product runs for it. */
export interface FilteredTile {
  readonly chartId: number;
  readonly prepared: PreparedChart;
  /** The chart's rows without the filter (its answer alone). */
  readonly unfilteredRows: ChartRows;
}

/** One change of the native filter to zones never chosen before. */
export interface FilterChange {
  readonly zones: readonly number[];
  /** The request's `charts`, as the page sends them under this filter state. */
  readonly charts: readonly DashboardDataChart[];
  readonly filtered: readonly FilteredTile[];
  /** The tiles outside the scope, by chart id, with their rows alone (cache hits). */
  readonly unfilteredRows: ReadonlyMap<number, ChartRows>;
}

/** Thrown when a load of the filter change is not what the filter state asks for. */
export class FilterChangeError extends Error {
  override readonly name = 'FilterChangeError';
}

/**
 * The `index`-th filter change of the run: the page's request for zone set `index`, and for
 * each tile in scope the SQL the product reports for its filtered query (result_type
 * "query", which runs nothing), which must differ from the tile's unfiltered SQL.
 */
export async function prepareFilterChange(
  product: ChartProduct,
  dashboard: BenchDashboard,
  index: number,
): Promise<FilterChange> {
  const zones = zoneSet(index);
  const extras = tileExtras(dashboard.tiles.length, zones);
  const filtered: FilteredTile[] = [];
  const unfilteredRows = new Map<number, ChartRows>();
  for (const [position, tile] of dashboard.tiles.entries()) {
    const rowsAlone = dashboard.expectedRows.get(tile.chartId) ?? [];
    if (!isInFilterScope(position)) {
      unfilteredRows.set(tile.chartId, rowsAlone);
      continue;
    }
    const chart = chartUnderFilter(tile.prepared.chart, extras[position] ?? {});
    const { result } = await chartDataResult(product, chart, { force: true, resultType: 'query' });
    const sql = result.query;
    if (typeof sql !== 'string' || sql === tile.prepared.sql || !sql.includes('pickup_zone')) {
      throw new FilterChangeError(
        `${chart.id}: the product reports no zone filter in its SQL: ${String(sql).slice(0, 300)}`,
      );
    }
    filtered.push({ chartId: tile.chartId, prepared: { chart, sql }, unfilteredRows: rowsAlone });
  }
  return {
    zones,
    charts: filteredDataCharts(product.datasetId, dashboard, extras),
    filtered,
    unfilteredRows,
  };
}

/**
 * Throws unless the load ran each filtered tile's query (they are all different, so one
 * execution each) and answered the others from the cache with their rows alone.
 */
export function requireFilterChangeLoad(
  dashboard: BenchDashboard,
  change: FilterChange,
  load: DashboardLoad,
): void {
  const { queries_executed: executed, queries_cached: cached } = load.done;
  if (executed !== change.filtered.length || cached !== change.unfilteredRows.size) {
    throw new FilterChangeError(
      `${dashboard.label}: a filter change ran ${executed} queries and took ${cached} from the ` +
        `cache; expected ${change.filtered.length} and ${change.unfilteredRows.size}`,
    );
  }
  const [mismatch] = compareDashboardRows(load.results, change.unfilteredRows);
  if (mismatch !== undefined) {
    throw new FilterChangeError(
      `${dashboard.label}: unfiltered chart ${mismatch.chartId} answered ${mismatch.actualRows} ` +
        `rows under the filter, alone ${mismatch.expectedRows}`,
    );
  }
}

/**
 * Throws unless each filtered tile of the load has the rows its SQL read on the driver
 * (`driverRows`, in `change.filtered`'s order) and fewer than without the filter.
 */
export function requireFilteredAnswers(
  change: FilterChange,
  load: DashboardLoad,
  driverRows: readonly ChartRows[],
): void {
  for (const [index, tile] of change.filtered.entries()) {
    const result = load.results.get(tile.chartId);
    if (result === undefined) throw new FilterChangeError(`chart ${tile.chartId} did not answer`);
    const mismatch = filteredAnswerMismatch({
      chart: tile.prepared.chart,
      apiRows: rowsOfResult(tile.chartId, result),
      driverRows: driverRows[index] ?? [],
      unfilteredRows: tile.unfilteredRows,
    });
    if (mismatch !== undefined) throw new FilterChangeError(mismatch);
  }
}
