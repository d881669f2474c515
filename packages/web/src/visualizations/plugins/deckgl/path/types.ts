import type { QueryColumn } from '@superset-ts/shared';
import type { ChartFormData } from '../../../core/form-data';
import type { WidthUnits } from '../common/layer-spec';
import type { LineEncoding } from '../common/line-decoding';
import type { PickerColor } from '../common/types';

/** The form data of deck.gl Path (`deck_path`). */
export interface DeckPathFormData extends ChartFormData {
  /** The column holding each row's line. */
  line_column?: QueryColumn | null;
  line_type?: LineEncoding;
  reverse_long_lat?: boolean;
  color_picker?: PickerColor;
  line_width?: number | string;
  line_width_unit?: WidthUnits;
  mapbox_style?: string;
  autozoom?: boolean;
  filter_nulls?: boolean;
}
