import type { ChartQuery } from './chart-data-queries.js';
import { columnSum, prefixedSum, sumsAgree } from './chart-data-result.js';
import type { ChartRows } from './dashboard-answers.js';

/** What one filtered tile answered, and what the check holds it against. */
export interface FilteredAnswer {
  /** The chart as the tile queried it, the filter applied. */
  readonly chart: ChartQuery;
  /** The tile's rows from the dashboard's one request. */
  readonly apiRows: ChartRows;
  /** The rows of the SQL the product reported for it, read on the driver. */
  readonly driverRows: ChartRows;
  /** The same chart's rows without the filter (its answer alone). */
  readonly unfilteredRows: ChartRows;
}

/**
 * Why a filtered tile's answer is wrong, or undefined when it is right (performance.md §5.8,
 * a fast wrong answer fails): the same rows as its SQL on the driver (the count, unless
 * post-processing reshapes them, and the checksum column's total), and a smaller total than
 * without the filter, so the filter reached the query rather than being dropped on the way.
 */
export function filteredAnswerMismatch(answer: FilteredAnswer): string | undefined {
  const { chart, apiRows, driverRows, unfilteredRows } = answer;
  if (driverRows.length === 0) {
    return `${chart.id}: its filtered SQL read no rows on the driver, which proves nothing`;
  }
  const isReshaped = (chart.query.post_processing ?? []).length > 0;
  if (apiRows.length === 0 || (!isReshaped && apiRows.length !== driverRows.length)) {
    return `${chart.id}: the dashboard answered ${apiRows.length} rows, its SQL on the driver ${driverRows.length}`;
  }
  const apiSum = prefixedSum(apiRows, chart.checksumColumn);
  const driverSum = columnSum(driverRows, chart.checksumColumn);
  if (!sumsAgree(apiSum, driverSum)) {
    return `${chart.id}: the dashboard sums ${chart.checksumColumn} to ${apiSum}, its SQL on the driver to ${driverSum}`;
  }
  const unfilteredSum = prefixedSum(unfilteredRows, chart.checksumColumn);
  if (!(apiSum < unfilteredSum)) {
    return `${chart.id}: filtered, ${chart.checksumColumn} sums to ${apiSum}, not less than ${unfilteredSum} unfiltered`;
  }
  return undefined;
}
