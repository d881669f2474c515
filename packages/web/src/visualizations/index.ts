/** Visualizations: the plugin contract, the built-in plugins, formats and colors. */
export { chartRegistry, getChartPlugin, listChartPlugins } from './chart-registry';
export {
  defineChartPlugin,
  type AnyChartPlugin,
  type ChartCategory,
  type ChartPlugin,
  type ChartViewProps,
  type TransformContext,
} from './core/chart-plugin';
export {
  hasNoRows,
  resolveChartState,
  validateChartFormData,
  type ChartState,
} from './core/chart-state';
export {
  controlDefaults,
  listControls,
  validateRequiredControls,
  type ColumnControl,
  type ControlConfig,
  type ControlKind,
  type ControlPanel,
  type ControlPanelSection,
  type ControlValidationError,
  type NumberControl,
  type SelectControl,
  type SelectOption,
  type SimpleControl,
} from './core/control-panel';
export type {
  AdhocFilter,
  AggregateFormData,
  ChartFormData,
  SimpleAdhocFilter,
  SqlAdhocFilter,
} from './core/form-data';
export { parseDatasourceKey, type DatasourceRef } from './core/query/datasource-key';
export { DTTM_ALIAS, getColumnLabel, getMetricLabel } from './core/query/labels';
export {
  buildBaseQueryObject,
  buildQueryContext,
  MissingDatasourceError,
  type QueryContextRequest,
} from './core/query/query-context';
export { ChartRegistry } from './core/registry';
export { sharedControls } from './core/shared-controls';
export { SuperChart, type SuperChartProps } from './core/SuperChart';
export * from './color';
export * from './formatting';
