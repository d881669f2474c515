import type { DataMask } from '@superset-ts/shared';
import { renderHook } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { useCrossFilterInteractions, withCrossFilter } from './useCrossFilterInteractions';

const EUROPE: DataMask = {
  extraFormData: { filters: [{ col: 'region', op: 'IN', val: ['EU'] }] },
  filterState: { value: ['EU'] },
};

describe('cross-filters', () => {
  it("sets a chart's cross-filter, and an empty selection clears it", () => {
    const set = withCrossFilter({}, 1, EUROPE);
    expect(set).toEqual({ 1: EUROPE });

    const cleared = withCrossFilter(set, 1, {
      extraFormData: { filters: [{ col: 'region', op: 'IN', val: [] }] },
    });
    expect(cleared).toEqual({});
    expect(withCrossFilter(set, 1, {})).toEqual({});
  });

  it('gives charts their selected values and a way to emit, unless the dashboard turned them off', () => {
    const onCrossFilter = vi.fn();
    const enabled = renderHook(() =>
      useCrossFilterInteractions([1, 2], true, { 1: EUROPE }, onCrossFilter),
    );
    const first = enabled.result.current.get(1);
    expect(first?.selectedValues).toEqual(['EU']);
    expect(enabled.result.current.get(2)?.selectedValues).toBeNull();
    first?.setDataMask(EUROPE);
    expect(onCrossFilter).toHaveBeenCalledWith(1, EUROPE);

    const disabled = renderHook(() =>
      useCrossFilterInteractions([1, 2], false, { 1: EUROPE }, onCrossFilter),
    );
    expect(disabled.result.current.size).toBe(0);
  });
});
