import { useCallback, useMemo, useRef, useState } from 'react';
import type { TablePageRequest } from './page-request';
import type { ServerPagination, TableProps } from './types';

/** Props of a server-paged table (the ones `serverPagination` is set on). */
export type ServerTableProps = TableProps & { serverPagination: ServerPagination };

/** The page a server-paged table shows, and how it got there. */
export interface ServerPageState {
  /** The page, sort and search last asked for (shown while its rows load). */
  request: TablePageRequest;
  /** The props of the last page that arrived. */
  page: ServerTableProps;
  isLoading: boolean;
  /** Why the last request failed. */
  error?: string;
}

const requestKey = (request: TablePageRequest) => JSON.stringify(request);

function errorText(error: unknown): string {
  return error instanceof Error ? error.message : 'The page could not be loaded.';
}

function hasServerPagination(props: TableProps): props is ServerTableProps {
  return props.serverPagination !== undefined;
}

/**
 * The pages of a server-paged table: starts on the page the host queried, asks for another
 * page, sort or search through `loadPage`, answers a page seen before from memory, and drops
 * answers to requests overtaken by a newer one. New props from the host start over.
 */
export function useServerPage(
  initial: ServerTableProps,
): [ServerPageState, (request: TablePageRequest) => void] {
  const initialState = (): ServerPageState => ({
    request: initial.serverPagination.request,
    page: initial,
    isLoading: false,
  });
  const [state, setState] = useState(initialState);
  const [source, setSource] = useState(initial);
  if (source !== initial) {
    setSource(initial);
    setState(initialState());
  }
  const cache = useMemo(
    () => new Map([[requestKey(initial.serverPagination.request), initial]]),
    [initial],
  );
  const latest = useRef(0);

  const load = useCallback(
    (request: TablePageRequest) => {
      const key = requestKey(request);
      const cached = cache.get(key);
      latest.current += 1;
      if (cached) {
        setState({ request, page: cached, isLoading: false });
        return;
      }
      const id = latest.current;
      setState((current) => ({ ...current, request, isLoading: true, error: undefined }));
      const fail = (error: unknown) => {
        if (id !== latest.current) return;
        setState((current) => ({ ...current, isLoading: false, error: errorText(error) }));
      };
      initial.serverPagination.loadPage(request).then((page) => {
        if (id !== latest.current) return;
        if (!hasServerPagination(page)) {
          fail(new Error('The server did not page the rows.'));
          return;
        }
        cache.set(key, page);
        setState({ request, page, isLoading: false });
      }, fail);
    },
    [cache, initial],
  );
  return [state, load];
}
