import type { NativeFilterType } from '@superset-ts/shared';

/** The filter types as the editor names them (Superset's labels). */
export const FILTER_TYPE_LABELS: Record<NativeFilterType, string> = {
  filter_select: 'Value',
  filter_range: 'Numerical range',
  filter_time: 'Time range',
  filter_timecolumn: 'Time column',
  filter_timegrain: 'Time grain',
};
