import type { ExampleChartDefinition } from '../example-definitions.js';
import { timeRange } from './form-data-parts.js';

/**
 * A maker of a dashboard's charts over one table, each with the time range filter Explore
 * puts on `timeColumn` (so the dashboard's time filter applies to it).
 */
export function chartsOverTable(table: string, timeColumn: string) {
  const period = timeRange(timeColumn);
  return (
    key: string,
    sliceName: string,
    vizType: string,
    params: Record<string, unknown>,
  ): ExampleChartDefinition => ({
    key,
    sliceName,
    vizType,
    table,
    params: { adhoc_filters: [period], ...params },
  });
}
