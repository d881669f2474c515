import { useCallback, useMemo, useState } from 'react';
import type { TableColumn } from './types';

/** Moves one item of a list to another index. */
function moveItem<T>(items: readonly T[], from: number, to: number): T[] {
  const next = [...items];
  const [moved] = next.splice(from, 1);
  if (moved !== undefined) next.splice(to, 0, moved);
  return next;
}

/**
 * The columns in the order the reader arranged them (Superset's `allow_rearrange_columns`;
 * the order lasts while the chart is shown, as in Superset). The order is kept by key, so a
 * new page of a server-paged table keeps it; columns the order does not know go last.
 */
export function useColumnOrder(
  columns: readonly TableColumn[],
): [TableColumn[], (fromKey: string, toKey: string) => void] {
  const [order, setOrder] = useState<readonly string[]>([]);
  const ordered = useMemo(() => {
    const byKey = new Map(columns.map((column) => [column.key, column]));
    const known = order.flatMap((key) => {
      const column = byKey.get(key);
      return column ? [column] : [];
    });
    const rest = columns.filter((column) => !order.includes(column.key));
    return [...known, ...rest];
  }, [columns, order]);

  const moveColumn = useCallback(
    (fromKey: string, toKey: string) => {
      const keys = ordered.map((column) => column.key);
      const from = keys.indexOf(fromKey);
      const to = keys.indexOf(toKey);
      if (from < 0 || to < 0 || from === to) return;
      setOrder(moveItem(keys, from, to));
    },
    [ordered],
  );
  return [ordered, moveColumn];
}
