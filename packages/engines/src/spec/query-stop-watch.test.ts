import { afterEach, describe, expect, it, vi } from 'vitest';
import type { EngineError } from './engine-error.js';
import { watchForStop } from './query-stop-watch.js';

afterEach(() => {
  vi.useRealTimers();
});

describe('watchForStop', () => {
  it('refuses to start when the signal has already aborted', () => {
    const stop = vi.fn();
    expect(() => watchForStop({ signal: AbortSignal.abort() }, stop)).toThrow(
      expect.objectContaining({ code: 'QUERY_CANCELLED_ERROR' }),
    );
    expect(stop).not.toHaveBeenCalled();
  });

  it('stops once at the time limit, with a timeout error naming it', () => {
    vi.useFakeTimers();
    const stop = vi.fn<(reason: EngineError) => void>();
    const controller = new AbortController();
    const watch = watchForStop({ timeoutMs: 1500, signal: controller.signal }, stop);
    vi.advanceTimersByTime(1499);
    expect(stop).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    controller.abort();
    expect(stop).toHaveBeenCalledTimes(1);
    expect(watch.reason).toMatchObject({
      code: 'QUERY_TIMEOUT_ERROR',
      message: expect.stringContaining('1.5 seconds') as string,
    });
  });

  it('stops on abort, and not at all once disposed', () => {
    vi.useFakeTimers();
    const controller = new AbortController();
    const stop = vi.fn();
    const watch = watchForStop({ signal: controller.signal, timeoutMs: 100 }, stop);
    controller.abort();
    expect(watch.reason?.code).toBe('QUERY_CANCELLED_ERROR');
    const quiet = vi.fn();
    watchForStop({ timeoutMs: 100 }, quiet).dispose();
    vi.advanceTimersByTime(1000);
    expect(quiet).not.toHaveBeenCalled();
  });
});
