import type { ControlPanel } from '../../../core/control-panel';
import { aggregatedCellRows, cellLayerControlPanel } from '../common/cell-layer-controls';
import { gridSizeControl } from '../common/controls';

/** The hexagons' radius of a new chart, in meters. */
export const DEFAULT_HEX_RADIUS = 1000;

/** deck.gl 3D Hexagon's controls (Superset's Hex `controlPanel`). */
export const hexControlPanel: ControlPanel = cellLayerControlPanel(
  'Hexagons',
  gridSizeControl(DEFAULT_HEX_RADIUS, 'The radius of each hexagon, in meters'),
  aggregatedCellRows,
);
