import { toNumberOrNull } from '../../core/query/results';

/** One bar of a waterfall: a change, or a total standing from zero. */
export interface WaterfallBar {
  kind: 'increase' | 'decrease' | 'total';
  /** The x value (period) the bar belongs to. */
  period: unknown;
  /** The breakdown value of a change with a breakdown; undefined otherwise. */
  breakdown?: unknown;
  /** The change, or the total a total bar shows. */
  value: number;
  /** The running total before and after the bar (a total bar runs from 0). */
  start: number;
  end: number;
}

/** Which columns of the rows the bars are read from. */
export interface WaterfallColumns {
  xAxis: string;
  metric: string;
  breakdown?: string;
  /** Add a total bar at the end (per period with a breakdown). */
  showTotal: boolean;
}

function groupByPeriod(rows: readonly Record<string, unknown>[], xAxis: string) {
  const groups = new Map<unknown, Record<string, unknown>[]>();
  for (const row of rows) {
    const period = row[xAxis] ?? null;
    groups.set(period, [...(groups.get(period) ?? []), row]);
  }
  return groups;
}

/**
 * The bars of a waterfall (Superset's Waterfall `transformer`): the rows' values as changes of
 * a running total, one bar per period (per period and breakdown value with a breakdown), with
 * a total bar at the end, or after each period with a breakdown. Missing values count as 0.
 */
export function waterfallBars(
  rows: readonly Record<string, unknown>[],
  columns: WaterfallColumns,
): WaterfallBar[] {
  const bars: WaterfallBar[] = [];
  let running = 0;
  const addChange = (period: unknown, value: number, breakdown?: unknown) => {
    const start = running;
    running += value;
    bars.push({
      kind: value < 0 ? 'decrease' : 'increase',
      period,
      ...(breakdown !== undefined ? { breakdown } : {}),
      value,
      start,
      end: running,
    });
  };
  const addTotal = (period: unknown) =>
    bars.push({ kind: 'total', period, value: running, start: 0, end: running });
  const valueOf = (row: Record<string, unknown>) => toNumberOrNull(row[columns.metric]) ?? 0;

  for (const [period, periodRows] of groupByPeriod(rows, columns.xAxis)) {
    if (columns.breakdown === undefined) {
      addChange(
        period,
        periodRows.reduce((sum, row) => sum + valueOf(row), 0),
      );
      continue;
    }
    const breakdown = columns.breakdown;
    for (const row of periodRows) addChange(period, valueOf(row), row[breakdown] ?? null);
    if (columns.showTotal) addTotal(period);
  }
  if (columns.breakdown === undefined && columns.showTotal && bars.length > 0) addTotal(null);
  return bars;
}
