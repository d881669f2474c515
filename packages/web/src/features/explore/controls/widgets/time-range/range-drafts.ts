import {
  decodeCustomRange,
  defaultCustomRange,
  encodeCustomRange,
  type CustomRange,
} from './custom-time-range';
import {
  CURRENT_RANGES,
  guessFrame,
  LAST_RANGES,
  NO_FILTER,
  PREVIOUS_RANGES,
  type RangeFrame,
} from './time-range-frames';

/** What each range type of the editor holds, so switching types back and forth loses nothing. */
export interface RangeDrafts {
  Last: string;
  Previous: string;
  Current: string;
  Custom: CustomRange;
  Advanced: string;
}

const pick = (value: string, choices: readonly string[], fallback: string) =>
  choices.includes(value) ? value : fallback;

/** The editor's drafts for a stored time range: its own type's draft holds it, others their defaults. */
export function rangeDraftsOf(timeRange: string): RangeDrafts {
  return {
    Last: pick(timeRange, LAST_RANGES, 'Last week'),
    Previous: pick(timeRange, PREVIOUS_RANGES, 'previous calendar week'),
    Current: pick(timeRange, CURRENT_RANGES, 'Current day'),
    Custom: decodeCustomRange(timeRange) ?? defaultCustomRange(),
    Advanced: guessFrame(timeRange) === 'Advanced' || timeRange.includes(' : ') ? timeRange : ' : ',
  };
}

/** The time range the editor stands for with this range type chosen. */
export function timeRangeOf(frame: RangeFrame, drafts: RangeDrafts): string {
  switch (frame) {
    case 'Last':
    case 'Previous':
    case 'Current':
    case 'Advanced':
      return drafts[frame];
    case 'Custom':
      return encodeCustomRange(drafts.Custom);
    case 'No filter':
      return NO_FILTER;
  }
}
