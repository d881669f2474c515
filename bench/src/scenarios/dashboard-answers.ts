/** The rows of one chart's answer, as POST /api/v1/chart/data gives them (`result[0].data`). */
export type ChartRows = readonly Record<string, unknown>[];

/**
 * The rows of a chart line's `result`: its first query's `data`; throws for a result that
 * is not a successful table of rows.
 */
export function rowsOfResult(
  chartId: number,
  result: readonly Record<string, unknown>[],
): ChartRows {
  const [first] = result;
  const data = first?.data;
  if (first?.status !== 'success' || !Array.isArray(data)) {
    throw new Error(
      `chart ${chartId}: the dashboard answered no rows (status ${JSON.stringify(first?.status)})`,
    );
  }
  return data as ChartRows;
}

/**
 * Whether two answers hold the same rows, whatever their order (rows that tie on the sort
 * key may come in any order) and whatever the order of keys within a row.
 */
export function sameRows(actual: ChartRows, expected: ChartRows): boolean {
  if (actual.length !== expected.length) return false;
  const canonical = (rows: ChartRows) => rows.map(canonicalRow).sort();
  const left = canonical(actual);
  const right = canonical(expected);
  return left.every((row, index) => row === right[index]);
}

function canonicalRow(row: Record<string, unknown>): string {
  return JSON.stringify(
    Object.keys(row)
      .sort()
      .map((key) => [key, row[key]]),
  );
}

/** A chart whose rows on the dashboard differ from its answer alone. */
export interface RowsMismatch {
  readonly chartId: number;
  readonly actualRows: number;
  readonly expectedRows: number;
}

/**
 * The correctness check of a dashboard load: every chart's rows against what POST
 * /api/v1/chart/data answered for that chart alone. Returns the charts that differ.
 */
export function compareDashboardRows(
  results: ReadonlyMap<number, readonly Record<string, unknown>[]>,
  expectedByChart: ReadonlyMap<number, ChartRows>,
): RowsMismatch[] {
  const mismatches: RowsMismatch[] = [];
  for (const [chartId, expected] of expectedByChart) {
    const result = results.get(chartId);
    const actual = result === undefined ? [] : rowsOfResult(chartId, result);
    if (result === undefined || !sameRows(actual, expected)) {
      mismatches.push({ chartId, actualRows: actual.length, expectedRows: expected.length });
    }
  }
  return mismatches;
}

/**
 * Throws unless every chart of a dashboard load has the rows its chart alone answered
 * (performance.md §5.8: a fast wrong answer fails the scenario).
 */
export function requireSameRows(
  dashboard: { readonly label: string; readonly expectedRows: ReadonlyMap<number, ChartRows> },
  results: ReadonlyMap<number, readonly Record<string, unknown>[]>,
): void {
  const mismatches = compareDashboardRows(results, dashboard.expectedRows);
  const [first] = mismatches;
  if (first !== undefined) {
    throw new Error(
      `${dashboard.label}: ${mismatches.length} chart(s) differ from their answer alone, e.g. ` +
        `chart ${first.chartId}: ${first.actualRows} rows, alone ${first.expectedRows}`,
    );
  }
}
