import type { SqlLabQuery } from '@superset-ts/shared';

/** Why fewer rows show than the query could return, in Superset's words; null when all show. */
export function limitingMessage(
  query: Pick<SqlLabQuery, 'limitingFactor' | 'rows'>,
): string | null {
  const rows = (query.rows ?? 0).toLocaleString('en-US');
  switch (query.limitingFactor) {
    case 'DROPDOWN':
      return `The number of rows displayed is limited to ${rows} by the dropdown.`;
    case 'QUERY':
      return `The number of rows displayed is limited to ${rows} by the limit in the query.`;
    case 'QUERY_AND_DROPDOWN':
      return `The number of rows displayed is limited to ${rows} by the query and the dropdown.`;
    case 'NOT_LIMITED':
    case 'UNKNOWN':
      return null;
  }
}

/**
 * Said when the server sent fewer rows than the query returned (DISPLAY_MAX_ROW), as
 * Superset says it; null when every row was sent.
 */
export function displayLimitMessage(
  displayed: number,
  query: Pick<SqlLabQuery, 'rows' | 'limit'>,
  isDisplayLimitReached: boolean,
): string | null {
  if (!isDisplayLimitReached) return null;
  const upTo = query.limit ?? query.rows;
  const more = upTo === null ? '' : ` up to the ${upTo.toLocaleString('en-US')} limit`;
  return `The number of results displayed is limited to ${displayed.toLocaleString('en-US')}. Add limits or filters, or download the CSV to see more rows${more}.`;
}
