import { useMemo } from 'react';
import { cellText } from '../../core/query/results';
import { sortRows, type SortState } from './sort-rows';
import type { TableColumn } from './types';

type Row = Record<string, unknown>;

/** Each row's searchable text: its cells as shown and as sent, lower-cased, in one string. */
function buildHaystacks(rows: readonly Row[], columns: readonly TableColumn[]): string[] {
  return rows.map((row) => {
    let text = '';
    for (const column of columns) {
      const value = row[column.key];
      text += `${column.format(value)}\u0000${cellText(value)}\u0000`;
    }
    return text.toLowerCase();
  });
}

/**
 * The rows a client-side table shows: those containing the search text in any column (as
 * shown or as sent, ignoring case), in the reader's sort order.
 *
 * The search index is built on the first search and kept while rows and columns stay, so each
 * keystroke over 100,000 rows is one pass of `includes`.
 */
export function useClientRows(
  rows: readonly Row[],
  columns: readonly TableColumn[],
  search: string,
  sort: SortState | undefined,
): readonly Row[] {
  const needle = search.trim().toLowerCase();
  const hasSearch = needle !== '';
  const haystacks = useMemo(
    () => (hasSearch ? buildHaystacks(rows, columns) : undefined),
    [rows, columns, hasSearch],
  );
  const matching = useMemo(
    () => (haystacks ? rows.filter((_, index) => haystacks[index]?.includes(needle)) : rows),
    [rows, haystacks, needle],
  );
  return useMemo(() => sortRows(matching, sort), [matching, sort]);
}
