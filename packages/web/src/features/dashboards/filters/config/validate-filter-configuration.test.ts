import { describe, expect, it } from 'vitest';
import { nativeFilter } from '../testing/loaded-dashboard';
import { validateFilterConfiguration } from './validate-filter-configuration';

describe('validateFilterConfiguration', () => {
  it('accepts complete filters and dividers', () => {
    expect(
      validateFilterConfiguration([
        nativeFilter({ id: 'A', name: 'Region' }),
        { id: 'D', type: 'DIVIDER', title: 'Time' },
        nativeFilter({ id: 'T', name: 'Period', filterType: 'filter_time', targets: [{}] }),
        nativeFilter({ id: 'B', name: 'Country', cascadeParentIds: ['A'] }),
      ]),
    ).toEqual({});
  });

  it('asks for names, a dataset and a column where the type needs them', () => {
    expect(
      validateFilterConfiguration([
        nativeFilter({ id: 'A', name: ' ', targets: [{}] }),
        nativeFilter({
          id: 'R',
          name: 'Price',
          filterType: 'filter_range',
          targets: [{ datasetId: 3 }],
        }),
        nativeFilter({ id: 'G', name: 'Grain', filterType: 'filter_timegrain', targets: [{}] }),
        { id: 'D', type: 'DIVIDER', title: '' },
      ]),
    ).toEqual({
      A: [
        'Enter a name for the filter.',
        'Choose the dataset the filter reads.',
        'Choose the column the filter applies to.',
      ],
      R: ['Choose the column the filter applies to.'],
      G: ['Choose the dataset the filter reads.'],
      D: ['Enter a title for the divider.'],
    });
  });

  it('refuses filters that depend on themselves through their parents', () => {
    const errors = validateFilterConfiguration([
      nativeFilter({ id: 'A', name: 'A', cascadeParentIds: ['C'] }),
      nativeFilter({ id: 'B', name: 'B', cascadeParentIds: ['A'] }),
      nativeFilter({ id: 'C', name: 'C', cascadeParentIds: ['B'] }),
      nativeFilter({ id: 'E', name: 'E', cascadeParentIds: ['A'] }),
      nativeFilter({ id: 'S', name: 'S', cascadeParentIds: ['S'] }),
    ]);
    expect(Object.keys(errors).sort()).toEqual(['A', 'B', 'C', 'S']);
    expect(errors.A).toEqual([
      'The filter depends on itself through its parent filters; remove a parent.',
    ]);
  });

  it('names parents that no longer exist', () => {
    expect(
      validateFilterConfiguration([
        nativeFilter({ id: 'A', name: 'A', cascadeParentIds: ['GONE'] }),
      ]),
    ).toEqual({ A: ['A parent filter no longer exists; remove it from the parents.'] });
  });
});
