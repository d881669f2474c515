import type { ControlConfig, ControlPanel, NumberControl } from '../../../core/control-panel';
import { cellColorRows } from './cell-colors';
import { deckControls, mapSection } from './controls';
import { aggregationControl, weightedPointsQueryRows } from './weighted-controls';

/** The rows of the cell layers that aggregate on the map: 3D, and how weights combine. */
export const aggregatedCellRows: readonly ControlConfig[][] = [
  [deckControls.extruded],
  [aggregationControl],
];

/**
 * The control panel of a layer that bins weighted points into cells (Superset's Hex, Grid and
 * Screengrid `controlPanel`): the query, then a customize section titled `label` with the cell
 * size, the layer's own rows and the cells' colours, then the map.
 */
export function cellLayerControlPanel(
  label: string,
  cellSize: NumberControl,
  layerRows: readonly ControlConfig[][] = [],
): ControlPanel {
  return {
    sections: [
      { label: 'Query', expanded: true, rows: weightedPointsQueryRows },
      {
        label,
        tab: 'customize',
        expanded: true,
        rows: [[cellSize], ...layerRows, ...cellColorRows],
      },
      mapSection(),
    ],
  };
}
