import type { SqlLabQuery } from '@superset-ts/shared';
import { describe, expect, it, vi } from 'vitest';
import { newClientId, runQuery, type RunDeps } from './run-query';
import { buildQuery, buildResults } from './testing/build-sqllab';

const BODY = { client_id: 'abc123', database_id: 1, sql: 'SELECT 1', queryLimit: 1000 };

function deps(overrides: Partial<RunDeps>): RunDeps {
  return {
    execute: vi.fn(),
    fetchQueriesUpdatedSince: vi.fn(() => Promise.resolve([])),
    fetchResults: vi.fn(),
    sleep: () => Promise.resolve(),
    now: () => 10_000,
    ...overrides,
  };
}

describe('running a query', () => {
  it('returns a synchronous run’s rows at once', async () => {
    const results = buildResults([{ n: 1 }]);
    const fetchQueriesUpdatedSince = vi.fn(() => Promise.resolve([]));
    const live = deps({
      execute: () => Promise.resolve({ kind: 'results', results }),
      fetchQueriesUpdatedSince,
    });
    expect(await runQuery(BODY, live)).toEqual({ kind: 'results', results });
    expect(fetchQueriesUpdatedSince).not.toHaveBeenCalled();
  });

  it('polls an async run until it succeeds, then fetches its results by key', async () => {
    const results = buildResults([{ n: 1 }, { n: 2 }]);
    const states: SqlLabQuery[][] = [
      [buildQuery({ id: 'other', state: 'success' })],
      [buildQuery({ id: 'abc123', state: 'running', progress: 50 })],
      [buildQuery({ id: 'abc123', state: 'success', resultsKey: 'key-1' })],
    ];
    const fetchResults = vi.fn(() => Promise.resolve(results));
    const fetchQueriesUpdatedSince = vi.fn(() => Promise.resolve(states.shift() ?? []));
    const live = deps({
      execute: () =>
        Promise.resolve({ kind: 'pending', query: buildQuery({ id: 'abc123', state: 'pending' }) }),
      fetchQueriesUpdatedSince,
      fetchResults,
    });
    const progress: string[] = [];
    const outcome = await runQuery(BODY, live, (q) => progress.push(`${q.state} ${q.progress}`));
    expect(outcome).toEqual({ kind: 'results', results });
    expect(fetchResults).toHaveBeenCalledWith('key-1', 1000);
    expect(progress).toEqual(['pending 100', 'running 50', 'success 100']);
    // Asked for the queries changed since just before the run started.
    expect(fetchQueriesUpdatedSince).toHaveBeenCalledWith(9_000);
  });

  it('reports the server’s message when an async run fails', async () => {
    const live = deps({
      execute: () => Promise.resolve({ kind: 'pending', query: buildQuery({ state: 'pending' }) }),
      fetchQueriesUpdatedSince: () =>
        Promise.resolve([
          buildQuery({ state: 'failed', errorMessage: 'relation "nope" does not exist' }),
        ]),
    });
    expect(await runQuery(BODY, live)).toEqual({
      kind: 'failed',
      message: 'relation "nope" does not exist',
    });
  });

  it('ends when the server says the run stopped, or as soon as the user stops it', async () => {
    const pending = () =>
      Promise.resolve({ kind: 'pending' as const, query: buildQuery({ state: 'pending' }) });
    const stoppedByServer = deps({
      execute: pending,
      fetchQueriesUpdatedSince: () => Promise.resolve([buildQuery({ state: 'stopped' })]),
    });
    expect(await runQuery(BODY, stoppedByServer)).toEqual({ kind: 'stopped' });

    const stillRunning = deps({
      execute: pending,
      fetchQueriesUpdatedSince: () => Promise.resolve([buildQuery({ state: 'running' })]),
    });
    let polls = 0;
    const outcome = await runQuery(
      BODY,
      stillRunning,
      () => (polls += 1),
      () => polls >= 3,
    );
    expect(outcome).toEqual({ kind: 'stopped' });
  });

  it('lets a refused statement’s error reach the caller', async () => {
    const live = deps({ execute: () => Promise.reject(new Error('DML is not allowed')) });
    await expect(runQuery(BODY, live)).rejects.toThrow('DML is not allowed');
  });
});

describe('newClientId', () => {
  it('makes 11-character ids the execute endpoint accepts, different each time', () => {
    const ids = new Set(Array.from({ length: 50 }, newClientId));
    expect(ids.size).toBe(50);
    for (const id of ids) expect(id).toMatch(/^[A-Za-z0-9]{11}$/);
  });
});
