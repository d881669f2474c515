import type { CellLayerFormData } from '../common/cell-layers';

/**
 * The form data of deck.gl Screen Grid (`deck_screengrid`); `grid_size` is the cells' size on
 * screen, in pixels.
 */
export type DeckScreengridFormData = CellLayerFormData;
