import { useEffect, useState } from 'react';

/** A value loaded asynchronously: still loading, ready, or failed with a message. */
export type AsyncValue<T> =
  { status: 'loading' } | { status: 'ready'; value: T } | { status: 'error'; message: string };

/**
 * Runs `load` when `key` changes and follows its promise (map geometry a chart fetches before
 * it can draw). A result arriving after the key changed is ignored.
 */
export function useAsyncValue<T>(key: string, load: () => Promise<T>): AsyncValue<T> {
  const [state, setState] = useState<{ key: string; value: AsyncValue<T> }>({
    key,
    value: { status: 'loading' },
  });

  useEffect(() => {
    let isCurrent = true;
    load().then(
      (value) => {
        if (isCurrent) setState({ key, value: { status: 'ready', value } });
      },
      (error: unknown) => {
        const message = error instanceof Error ? error.message : String(error);
        if (isCurrent) setState({ key, value: { status: 'error', message } });
      },
    );
    return () => {
      isCurrent = false;
    };
    // `load` is keyed by `key`: a new function for the same key must not reload.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key]);

  return state.key === key ? state.value : { status: 'loading' };
}
