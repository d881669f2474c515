import type { DataMask } from '@superset-ts/shared';
import { describe, expect, it, vi } from 'vitest';
import type { ChartInteraction } from './chart-plugin';
import { CLEARED_CROSS_FILTER, crossFilterMask, toggleCrossFilter } from './cross-filter';

function interaction(selectedValues: unknown[] | null, emitCrossFilters = true) {
  const setDataMask = vi.fn<(mask: DataMask) => void>();
  const value: ChartInteraction = { emitCrossFilters, selectedValues, setDataMask };
  return { value, setDataMask };
}

describe('cross-filter masks', () => {
  it('filters each dimension IN the clicked value and remembers the point', () => {
    expect(
      crossFilterMask({
        columns: ['gender', 'state'],
        values: ['boy', null],
        label: 'boy, <NULL>',
      }),
    ).toEqual({
      extraFormData: {
        filters: [
          { col: 'gender', op: 'IN', val: ['boy'] },
          { col: 'state', op: 'IN', val: [null] },
        ],
      },
      filterState: { value: [['boy', null]], label: 'boy, <NULL>' },
    });
  });

  it('selects a point, and clears the cross-filter when the selected point is clicked again', () => {
    const target = { columns: ['region'], values: ['EU'], label: 'EU' };
    const fresh = interaction(null);
    toggleCrossFilter(fresh.value, target);
    expect(fresh.setDataMask).toHaveBeenCalledWith({
      extraFormData: { filters: [{ col: 'region', op: 'IN', val: ['EU'] }] },
      filterState: { value: ['EU'], label: 'EU' },
    });

    const other = interaction(['NA']);
    toggleCrossFilter(other.value, target);
    expect(other.setDataMask.mock.calls[0]?.[0].filterState?.value).toEqual(['EU']);

    const selected = interaction(['EU']);
    toggleCrossFilter(selected.value, target);
    expect(selected.setDataMask).toHaveBeenCalledWith(CLEARED_CROSS_FILTER);
  });

  it('emits nothing when the dashboard does not take cross-filters', () => {
    const off = interaction(null, false);
    toggleCrossFilter(off.value, { columns: ['region'], values: ['EU'], label: 'EU' });
    expect(off.setDataMask).not.toHaveBeenCalled();
  });
});
