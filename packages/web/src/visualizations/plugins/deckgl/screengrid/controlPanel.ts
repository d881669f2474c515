import type { ControlPanel } from '../../../core/control-panel';
import { cellLayerControlPanel } from '../common/cell-layer-controls';
import { gridSizeControl } from '../common/controls';

/** The cells' size of a new chart, in pixels (Superset's default). */
export const DEFAULT_SCREEN_CELL_SIZE = 20;

/** deck.gl Screen Grid's controls (Superset's Screengrid `controlPanel`). */
export const screengridControlPanel: ControlPanel = cellLayerControlPanel(
  'Grid',
  gridSizeControl(DEFAULT_SCREEN_CELL_SIZE, 'Defines the grid size in pixels'),
);
