/** Runs identical concurrent work once. */
export interface SingleFlight<T> {
  /**
   * Runs `fn` unless a run under `key` is already in flight, in which case the caller gets
   * that run's promise (its result or its rejection). Once settled, the key is forgotten, so
   * the next call runs again.
   */
  run(key: string, fn: () => Promise<T>): Promise<T>;
  /** How many keys are in flight now. */
  readonly size: number;
}

/**
 * Coalesces identical concurrent cache misses: when ten requests ask for the same chart
 * whose data is not cached, the query runs once and all ten get its result.
 */
export function createSingleFlight<T>(): SingleFlight<T> {
  const inFlight = new Map<string, Promise<T>>();
  return {
    run(key, fn) {
      const running = inFlight.get(key);
      if (running) return running;
      const started = (async () => fn())();
      const settled = started.finally(() => {
        if (inFlight.get(key) === settled) inFlight.delete(key);
      });
      inFlight.set(key, settled);
      return settled;
    },
    get size() {
      return inFlight.size;
    },
  };
}
