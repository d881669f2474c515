import { describe, expect, it } from 'vitest';
import { createDatabaseQueryLimiter } from './database-query-limiter.js';

/** A query that runs until released, recording how many ran at once. */
function slowQueries() {
  let running = 0;
  let mostAtOnce = 0;
  const releases: (() => void)[] = [];
  const started: string[] = [];
  const query = (name: string) => async () => {
    started.push(name);
    running += 1;
    mostAtOnce = Math.max(mostAtOnce, running);
    await new Promise<void>((resolve) => releases.push(resolve));
    running -= 1;
    return name;
  };
  const releaseAll = async () => {
    while (releases.length > 0) {
      releases.shift()?.();
      await new Promise((resolve) => setImmediate(resolve));
    }
  };
  return { query, started, releaseAll, mostAtOnce: () => mostAtOnce };
}

const settle = () => new Promise((resolve) => setImmediate(resolve));

describe('createDatabaseQueryLimiter', () => {
  it('runs at most the limit at once on a database, the others in arrival order', async () => {
    const limiter = createDatabaseQueryLimiter(2);
    const slow = slowQueries();
    const names = ['a', 'b', 'c', 'd', 'e'];
    const results = Promise.all(names.map((name) => limiter.run(1, slow.query(name))));
    await settle();
    expect(slow.started).toEqual(['a', 'b']);
    await slow.releaseAll();
    expect(await results).toEqual(names);
    expect(slow.started).toEqual(names);
    expect(slow.mostAtOnce()).toBe(2);
  });

  it('limits each database on its own', async () => {
    const limiter = createDatabaseQueryLimiter(1);
    const slow = slowQueries();
    const results = Promise.all([
      limiter.run(1, slow.query('db1-a')),
      limiter.run(1, slow.query('db1-b')),
      limiter.run(2, slow.query('db2-a')),
    ]);
    await settle();
    expect(slow.started).toEqual(['db1-a', 'db2-a']);
    await slow.releaseAll();
    await results;
  });

  it('frees the slot of a query that fails', async () => {
    const limiter = createDatabaseQueryLimiter(1);
    await expect(limiter.run(1, () => Promise.reject(new Error('boom')))).rejects.toThrow('boom');
    await expect(limiter.run(1, () => Promise.resolve('next'))).resolves.toBe('next');
  });
});
