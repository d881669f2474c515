import { useQuery } from '@tanstack/react-query';
import { useDebouncedValue } from '../../../../../components/useDebouncedValue';
import { fetchTimeRange } from '../../api/time-range-api';
import { NO_FILTER } from './time-range-frames';

/** Where evaluating a time range stands. */
export type ActualTimeRangeState =
  | { status: 'no-filter' }
  | { status: 'loading' }
  | { status: 'ready'; since: string; until: string }
  | { status: 'error'; message: string };

/**
 * What the server reads a time range as, asked once the range stopped changing for a moment
 * (typing an Advanced range asks once, not per key); nothing is asked for "No filter".
 */
export function useActualTimeRange(timeRange: string): ActualTimeRangeState {
  const settled = useDebouncedValue(timeRange, 300);
  const isNoFilter = timeRange === NO_FILTER || timeRange.trim() === '';
  const query = useQuery({
    queryKey: ['explore', 'time-range', settled],
    queryFn: () => fetchTimeRange(settled),
    enabled: !isNoFilter && settled === timeRange,
    staleTime: 60_000,
  });
  if (isNoFilter) return { status: 'no-filter' };
  if (settled !== timeRange) return { status: 'loading' };
  if (query.isError) return { status: 'error', message: query.error.message };
  if (query.data) return { status: 'ready', ...query.data };
  return { status: 'loading' };
}
