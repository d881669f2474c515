import { NO_FILTER } from '../../../explore/controls/widgets/time-range/time-range-frames';
import { TimeRangePicker } from '../../../explore/controls/widgets/time-range/TimeRangePicker';
import { timeRangeMask } from '../filter-data-mask';
import type { FilterControlProps } from './filter-control-props';

/** A time range filter: Explore's time range picker; the range replaces the charts' own. */
export function TimeFilterControl({ mask, onChange, label }: FilterControlProps) {
  const value = mask?.filterState?.value;
  return (
    <TimeRangePicker
      label={label}
      value={typeof value === 'string' && value ? value : NO_FILTER}
      onChange={(timeRange) => onChange(timeRangeMask(timeRange))}
    />
  );
}
