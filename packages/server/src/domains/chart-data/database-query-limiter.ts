/** Bounds how many chart queries run at once on each database. */
export interface DatabaseQueryLimiter {
  /**
   * Runs `query` once fewer than the limit of queries run on `databaseId`; later ones wait
   * their turn, first come first served. The slot is freed however the query ends.
   */
  run<T>(databaseId: number, query: () => Promise<T>): Promise<T>;
}

interface Slots {
  active: number;
  waiting: (() => void)[];
}

/**
 * A limiter of `perDatabase` queries at once per database
 * (DASHBOARD_QUERY_CONCURRENCY_PER_DATABASE), so a dashboard of forty charts does not open
 * forty connections to one warehouse. Only queries that go to the database take a slot:
 * the caller wraps the database run, not the cache lookup.
 */
export function createDatabaseQueryLimiter(perDatabase: number): DatabaseQueryLimiter {
  const limit = Math.max(1, Math.floor(perDatabase));
  const byDatabase = new Map<number, Slots>();

  const acquire = async (databaseId: number): Promise<void> => {
    const slots = byDatabase.get(databaseId) ?? { active: 0, waiting: [] };
    byDatabase.set(databaseId, slots);
    if (slots.active < limit) {
      slots.active += 1;
      return;
    }
    // The releasing query hands its slot over, so `active` never counts past the limit.
    await new Promise<void>((resolve) => slots.waiting.push(resolve));
  };

  const release = (databaseId: number): void => {
    const slots = byDatabase.get(databaseId);
    if (!slots) return;
    const next = slots.waiting.shift();
    if (next) {
      next();
      return;
    }
    slots.active -= 1;
    if (slots.active === 0) byDatabase.delete(databaseId);
  };

  return {
    async run(databaseId, query) {
      await acquire(databaseId);
      try {
        return await query();
      } finally {
        release(databaseId);
      }
    },
  };
}
