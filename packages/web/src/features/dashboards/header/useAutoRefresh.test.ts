import { renderHook } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { useAutoRefresh } from './useAutoRefresh';

afterEach(() => {
  vi.useRealTimers();
});

describe('useAutoRefresh', () => {
  it('refreshes every interval until turned off', () => {
    vi.useFakeTimers();
    const refresh = vi.fn();
    const hook = renderHook(({ seconds }) => useAutoRefresh(seconds, refresh), {
      initialProps: { seconds: 10 },
    });

    vi.advanceTimersByTime(25_000);
    expect(refresh).toHaveBeenCalledTimes(2);

    hook.rerender({ seconds: 0 });
    vi.advanceTimersByTime(60_000);
    expect(refresh).toHaveBeenCalledTimes(2);
  });
});
