import type { ControlConfig, SelectControl } from '../../../core/control-panel';
import { AGGREGATIONS } from './aggregation';
import { deckControls, queryTailRows } from './controls';
import { spatialControlRows } from './spatial-controls';

/** The query rows of the layers that aggregate points: the location, the weight, the filters. */
export const weightedPointsQueryRows: readonly ControlConfig[][] = [
  ...spatialControlRows('spatial'),
  [deckControls.size],
  ...queryTailRows,
];

/** How a cell's points combine into its colour and height (Superset's `js_agg_function`). */
export const aggregationControl: SelectControl = {
  name: 'js_agg_function',
  kind: 'select',
  label: 'Dynamic Aggregation Function',
  default: 'sum',
  clearable: false,
  renderTrigger: true,
  options: AGGREGATIONS.map((name) => ({ value: name, label: name })),
  description: 'The function to use when aggregating points into groups',
};
