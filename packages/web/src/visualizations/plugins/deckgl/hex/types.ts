import type { AggregatedCellFormData } from '../common/cell-layers';

/**
 * The form data of deck.gl 3D Hexagon (`deck_hex`); `grid_size` is the hexagons' radius in
 * meters.
 */
export type DeckHexFormData = AggregatedCellFormData;
