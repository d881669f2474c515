import { describe, expect, it } from 'vitest';
import {
  EMPTY_MASK,
  isMaskEmpty,
  rangeFilterMask,
  selectFilterMask,
  timeColumnMask,
  timeGrainMask,
  timeRangeMask,
} from './filter-data-mask';
import { defaultNativeFilterMasks, hasPendingChanges } from './pending-masks';
import { nativeFilter } from './testing/loaded-dashboard';

const price = nativeFilter({
  id: 'P',
  filterType: 'filter_range',
  targets: [{ datasetId: 10, column: { name: 'price' } }],
});

describe('filter data masks', () => {
  it('clears a select filter when no value is chosen', () => {
    expect(selectFilterMask(nativeFilter({ id: 'F' }), [])).toEqual(EMPTY_MASK);
  });

  it('leaves an open side of a range out', () => {
    expect(rangeFilterMask(price, [null, 5])).toEqual({
      extraFormData: { filters: [{ col: 'price', op: '<=', val: 5 }] },
      filterState: { value: [null, 5], label: 'x ≤ 5' },
    });
    expect(rangeFilterMask(price, [null, null])).toEqual(EMPTY_MASK);
  });

  it('sets the time range, grain and column the charts use; "No filter" clears', () => {
    expect(timeRangeMask('Last week').extraFormData).toEqual({ time_range: 'Last week' });
    expect(timeRangeMask('No filter')).toEqual(EMPTY_MASK);
    expect(timeGrainMask('P1W', 'Week').extraFormData).toEqual({ time_grain_sqla: 'P1W' });
    expect(timeColumnMask('ds').extraFormData).toEqual({ granularity_sqla: 'ds' });
  });

  it('counts a chosen NULL as a value', () => {
    expect(isMaskEmpty(selectFilterMask(nativeFilter({ id: 'F' }), [null]))).toBe(false);
    expect(isMaskEmpty(EMPTY_MASK)).toBe(true);
  });
});

describe('pending masks', () => {
  it("opens with the filters' default values", () => {
    const region = nativeFilter({
      id: 'F',
      defaultDataMask: selectFilterMask(nativeFilter({ id: 'F' }), ['EU']),
    });
    expect(
      defaultNativeFilterMasks({
        native_filter_configuration: [region, nativeFilter({ id: 'G' })],
      }),
    ).toEqual({ F: region.defaultDataMask });
  });

  it('sees no change between a missing mask and an empty one', () => {
    const filters = [nativeFilter({ id: 'F' })];
    expect(hasPendingChanges(filters, { F: EMPTY_MASK }, {})).toBe(false);
    expect(hasPendingChanges(filters, { F: timeRangeMask('Last week') }, {})).toBe(true);
  });
});
