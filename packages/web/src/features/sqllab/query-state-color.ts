import type { QueryState } from '@superset-ts/shared';

/** The tag colour of a query state: green done, red failed, blue under way, grey stopped. */
export function queryStateColor(state: QueryState): string {
  switch (state) {
    case 'success':
      return 'success';
    case 'failed':
    case 'timed_out':
      return 'error';
    case 'stopped':
      return 'default';
    case 'pending':
    case 'scheduled':
    case 'running':
    case 'fetching':
      return 'processing';
  }
}
