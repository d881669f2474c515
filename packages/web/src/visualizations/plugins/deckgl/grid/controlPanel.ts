import type { ControlPanel } from '../../../core/control-panel';
import { aggregatedCellRows, cellLayerControlPanel } from '../common/cell-layer-controls';
import { gridSizeControl } from '../common/controls';

/** The cells' size of a new chart, in meters. */
export const DEFAULT_CELL_SIZE = 1000;

/** deck.gl Grid's controls (Superset's Grid `controlPanel`). */
export const gridControlPanel: ControlPanel = cellLayerControlPanel(
  'Grid',
  gridSizeControl(DEFAULT_CELL_SIZE, 'The size of each cell, in meters'),
  aggregatedCellRows,
);
