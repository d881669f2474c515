import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { TabStateWrite } from '../../api/sqllab';
import { createTabSaver } from './tab-saver';

describe('storing tab edits', () => {
  let saved: [number, TabStateWrite][];
  const save = vi.fn((id: number, write: TabStateWrite) => {
    saved.push([id, write]);
    return Promise.resolve();
  });

  beforeEach(() => {
    vi.useFakeTimers();
    saved = [];
    save.mockClear();
  });
  afterEach(() => vi.useRealTimers());

  it('sends a burst of keystrokes as one request with the latest text', async () => {
    const saver = createTabSaver(save, { delayMs: 500, onError: () => undefined });
    saver.schedule(1, { sql: 'SEL' });
    await vi.advanceTimersByTimeAsync(300);
    saver.schedule(1, { sql: 'SELECT 1' });
    saver.schedule(1, { queryLimit: 100 });
    await vi.advanceTimersByTimeAsync(499);
    expect(saved).toEqual([]);
    await vi.advanceTimersByTimeAsync(1);
    expect(saved).toEqual([[1, { sql: 'SELECT 1', query_limit: 100 }]]);
  });

  it('stores each tab on its own and uses the server field names', async () => {
    const saver = createTabSaver(save, { delayMs: 500, onError: () => undefined });
    saver.schedule(1, { label: 'Sales', databaseId: 3, schema: 'public' });
    saver.schedule(2, { templateParams: '{"a":1}', latestQueryId: 'abc' });
    await vi.advanceTimersByTimeAsync(500);
    expect(saved).toEqual([
      [1, { label: 'Sales', database_id: 3, schema: 'public' }],
      [2, { template_params: '{"a":1}', latest_query_id: 'abc' }],
    ]);
  });

  it('sends pending edits at once when flushed (before the page goes away)', async () => {
    const saver = createTabSaver(save, { delayMs: 500, onError: () => undefined });
    saver.schedule(1, { sql: 'SELECT 2' });
    await saver.flush();
    expect(saved).toEqual([[1, { sql: 'SELECT 2' }]]);
    await vi.advanceTimersByTimeAsync(1000);
    expect(saved).toHaveLength(1);
  });

  it('forgets the edits of a closed tab', async () => {
    const saver = createTabSaver(save, { delayMs: 500, onError: () => undefined });
    saver.schedule(1, { sql: 'SELECT 2' });
    saver.discard(1);
    await vi.advanceTimersByTimeAsync(1000);
    expect(saved).toEqual([]);
  });

  it('reports a failed save and sends the edit again with the next one', async () => {
    const errors: unknown[] = [];
    let isDown = true;
    const flaky = vi.fn((id: number, write: TabStateWrite) => {
      if (isDown) return Promise.reject(new Error('offline'));
      saved.push([id, write]);
      return Promise.resolve();
    });
    const saver = createTabSaver(flaky, { delayMs: 500, onError: (e) => errors.push(e) });
    saver.schedule(1, { sql: 'SELECT 1' });
    await vi.advanceTimersByTimeAsync(500);
    expect(errors).toHaveLength(1);
    isDown = false;
    saver.schedule(1, { queryLimit: 10 });
    await vi.advanceTimersByTimeAsync(500);
    expect(saved).toEqual([[1, { sql: 'SELECT 1', query_limit: 10 }]]);
  });
});
