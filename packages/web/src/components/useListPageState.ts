import { useEffect, useState } from 'react';
import type { ListPageStateBase } from './list-page-state';

/** How long the search box waits for typing to pause before it filters the list. */
const SEARCH_DELAY_MS = 300;

/** A list page's state and what changes it, as `useListPageState` returns them. */
export interface ListPageStateControls<State> {
  state: State;
  /** The search box as typed; it reaches `state.search`, trimmed, once typing pauses. */
  searchText: string;
  setSearchText: (text: string) => void;
  /** The rows selected for bulk actions; emptied whenever the state changes. */
  selectedIds: number[];
  setSelectedIds: (ids: number[]) => void;
  /** Applies filters, back to the first page. */
  changeFilters: (change: Partial<State>) => void;
  /** Applies a table's paging and sorting. */
  changeTable: (change: Partial<State>) => void;
  /** Back to `initial`'s filters, keeping the sort and page size. */
  clearFilters: () => void;
}

/**
 * The state of a server-side list page (filters, debounced search, sort, page) and its row
 * selection, starting from `initial`. A selection only makes sense for the rows on screen, so
 * any change of state empties it.
 */
export function useListPageState<State extends ListPageStateBase<string>>(
  initial: State,
): ListPageStateControls<State> {
  const [state, setState] = useState<State>(initial);
  const [searchText, setSearchText] = useState('');
  const [selectedIds, setSelectedIds] = useState<number[]>([]);

  useEffect(() => {
    const timer = setTimeout(() => {
      setState((prev) =>
        prev.search === searchText.trim() ? prev : { ...prev, search: searchText.trim(), page: 0 },
      );
    }, SEARCH_DELAY_MS);
    return () => clearTimeout(timer);
  }, [searchText]);

  useEffect(() => setSelectedIds([]), [state]);

  return {
    state,
    searchText,
    setSearchText,
    selectedIds,
    setSelectedIds,
    changeFilters: (change) => setState((prev) => ({ ...prev, ...change, page: 0 })),
    changeTable: (change) => setState((prev) => ({ ...prev, ...change })),
    clearFilters: () => {
      setSearchText('');
      setState((prev) => ({ ...initial, sort: prev.sort, pageSize: prev.pageSize }));
    },
  };
}
