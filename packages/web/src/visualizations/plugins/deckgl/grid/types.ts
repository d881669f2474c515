import type { AggregatedCellFormData } from '../common/cell-layers';

/**
 * The form data of deck.gl Grid (`deck_grid`); `grid_size` is the cells' size in meters.
 */
export type DeckGridFormData = AggregatedCellFormData;
