import type { ChartDataResult, DataMask } from '@superset-ts/shared';
import type { ComponentType } from 'react';
import type { ControlPanel, ControlValidationError } from './control-panel';
import type { ChartFormData } from './form-data';
import type { QueryContextRequest } from './query/query-context';

/** The gallery groups of Superset's viz types. */
export type ChartCategory =
  | 'Evolution'
  | 'KPI'
  | 'Table'
  | 'Part of a Whole'
  | 'Ranking'
  | 'Distribution'
  | 'Correlation'
  | 'Flow'
  | 'Map'
  | 'Other';

/** What a chart's transformProps may know besides form data and results. */
export interface TransformContext {
  /** Dataset column and metric names -> their verbose names, to label series and columns. */
  verboseMap?: Readonly<Record<string, string>>;
}

/**
 * How a chart on a dashboard takes part in cross-filtering: a click on a data point emits a
 * data mask whose `extraFormData.filters` the dashboard applies to the other charts.
 */
export interface ChartInteraction {
  /** Set when clicks should emit cross-filters (a dashboard with cross-filters enabled). */
  emitCrossFilters: boolean;
  /** The values this chart's active cross-filter selects, to highlight them; null when none. */
  selectedValues: readonly unknown[] | null;
  /**
   * Emits the chart's cross-filter: `filterState.value` holds the selected values and
   * `extraFormData.filters` the filter, e.g. `[{col: 'region', op: 'IN', val: ['EU']}]`. A mask
   * without `extraFormData.filters` (or with an empty `val`) clears the chart's cross-filter.
   */
  setDataMask(mask: DataMask): void;
}

/** What a chart component receives: its size in pixels and the props transformProps made. */
export interface ChartViewProps<P> {
  width: number;
  height: number;
  props: P;
  /** Present on a dashboard; plugins that support cross-filters use it on click. */
  interaction?: ChartInteraction;
}

/**
 * A visualization type: how it is edited, queried and drawn. Adding a type is adding a folder
 * that exports one of these and registering it.
 *
 * @typeParam F the form data the plugin reads
 * @typeParam P the props its component draws from
 */
export interface ChartPlugin<F extends ChartFormData = ChartFormData, P = unknown> {
  /** Superset's `viz_type` key (`echarts_timeseries_line`, `pie`, ...). */
  vizType: string;
  /** The name the gallery shows. */
  name: string;
  description: string;
  category: ChartCategory;
  tags: readonly string[];
  /**
   * The gallery's picture of the type: the URL of an image asset (`import url from
   * './thumbnail.svg'`), drawn for this type, not a screenshot of data.
   */
  thumbnail?: string;
  controlPanel: ControlPanel;
  /** The controls the form data leaves incomplete; the chart is not queried until none. */
  validate(formData: F): ControlValidationError[];
  /** The chart data request (`POST /api/v1/chart/data`) for complete form data. */
  buildQuery(formData: F): QueryContextRequest;
  /** The component's props, from form data and the results of the request's queries. */
  transformProps(
    formData: F,
    queriesResponse: readonly ChartDataResult[],
    context: TransformContext,
  ): P;
  /** Loads the component (code-split: a chart's drawing code loads when first shown). */
  loadComponent(): Promise<{ default: ComponentType<ChartViewProps<P>> }>;
}

/** A plugin with its form data and props types forgotten, as the registry holds it. */
export type AnyChartPlugin = ChartPlugin<ChartFormData, unknown>;

/**
 * Declares a plugin. The registry keeps plugins of every type together; a plugin's props only
 * ever flow from its own transformProps to its own component, so forgetting the types is safe.
 */
export function defineChartPlugin<F extends ChartFormData, P>(
  plugin: ChartPlugin<F, P>,
): AnyChartPlugin {
  return plugin as unknown as AnyChartPlugin;
}
