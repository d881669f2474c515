import type { ChartDataResult } from '@superset-ts/shared';
import type { AnyChartPlugin, TransformContext } from './chart-plugin';
import type { ChartMessageState } from './ChartMessage';
import type { ControlValidationError } from './control-panel';
import type { ChartFormData } from './form-data';
import { parseDatasourceKey } from './query/datasource-key';

/**
 * Everything a chart's form data leaves incomplete: a dataset, then the plugin's own checks.
 * Explore runs the query only when this is empty.
 */
export function validateChartFormData(
  plugin: AnyChartPlugin,
  formData: ChartFormData,
): ControlValidationError[] {
  const datasourceErrors = parseDatasourceKey(formData.datasource)
    ? []
    : [{ control: 'datasource', message: 'Dataset cannot be empty.' }];
  return [...datasourceErrors, ...plugin.validate(formData)];
}

/** The first failed query's message, if the server answered with a failed query. */
function findQueryFailure(results: readonly ChartDataResult[]): string | undefined {
  const failed = results.find((result) => result.error || result.status === 'failed');
  return failed ? (failed.error ?? 'The query failed.') : undefined;
}

/** Whether no query returned a row (Superset's "no results" check). */
export function hasNoRows(results: readonly ChartDataResult[]): boolean {
  return results.every((result) => !Array.isArray(result.data) || result.data.length === 0);
}

/** What a chart's box holds: a message, or the props to draw. */
export type ChartState =
  { kind: 'message'; message: ChartMessageState } | { kind: 'chart'; props: unknown };

/** The inputs of a chart's state. */
export interface ChartStateInput {
  plugin: AnyChartPlugin | undefined;
  formData: ChartFormData;
  queriesResponse?: readonly ChartDataResult[] | null;
  error?: unknown;
  isLoading?: boolean;
  context?: TransformContext;
}

function errorMessage(error: unknown): string {
  if (error instanceof Error) return error.message;
  if (typeof error === 'string' && error !== '') return error;
  return 'Something went wrong while running the query.';
}

const message = (state: ChartMessageState): ChartState => ({ kind: 'message', message: state });

/**
 * Decides what a chart shows, in order: an unknown type, incomplete controls, loading, the
 * query's error (with the server's message), no rows, a failure of transformProps, the chart.
 */
export function resolveChartState(input: ChartStateInput): ChartState {
  const { plugin, formData } = input;
  if (!plugin) return message({ kind: 'unknown-type', vizType: formData.viz_type ?? '' });
  const errors = validateChartFormData(plugin, formData);
  if (errors.length > 0) return message({ kind: 'incomplete', errors });
  if (input.isLoading) return message({ kind: 'loading' });
  if (input.error !== undefined && input.error !== null) {
    return message({ kind: 'query-error', message: errorMessage(input.error) });
  }
  const results = input.queriesResponse;
  if (!results) return message({ kind: 'loading' });
  const failure = findQueryFailure(results);
  if (failure !== undefined) return message({ kind: 'query-error', message: failure });
  if (hasNoRows(results)) return message({ kind: 'no-results' });
  try {
    return { kind: 'chart', props: plugin.transformProps(formData, results, input.context ?? {}) };
  } catch (error) {
    return message({ kind: 'render-error', message: errorMessage(error) });
  }
}
