import type { DataMask } from '@superset-ts/shared';
import { describe, expect, it } from 'vitest';
import type { DashboardDataMasks } from '../dashboard-contracts';
import { extraFormDataForChart } from './extra-form-data-for-chart';
import { loadedDashboard, nativeFilter } from './testing/loaded-dashboard';

const regionIsEu: DataMask = {
  extraFormData: { filters: [{ col: 'region', op: 'IN', val: ['EU'] }] },
  filterState: { value: ['EU'] },
};
const lastYear: DataMask = { extraFormData: { time_range: 'Last year' } };

function masks(
  nativeFilters: DashboardDataMasks['nativeFilters'],
  crossFilters: DashboardDataMasks['crossFilters'] = {},
): DashboardDataMasks {
  return { nativeFilters, crossFilters };
}

describe('extraFormDataForChart', () => {
  it('adds nothing when no filter is applied', () => {
    const loaded = loadedDashboard({ native_filter_configuration: [nativeFilter({ id: 'F1' })] });
    expect(extraFormDataForChart(loaded, masks({}), 1)).toEqual({});
  });

  it('applies a value filter only to charts of its dataset', () => {
    const loaded = loadedDashboard({ native_filter_configuration: [nativeFilter({ id: 'F1' })] });
    const applied = masks({ F1: regionIsEu });
    expect(extraFormDataForChart(loaded, applied, 1).filters).toEqual([
      { col: 'region', op: 'IN', val: ['EU'] },
    ]);
    expect(extraFormDataForChart(loaded, applied, 3)).toEqual({});
  });

  it('applies a time filter to every chart in scope, whatever its dataset', () => {
    const loaded = loadedDashboard({
      native_filter_configuration: [
        nativeFilter({ id: 'T', filterType: 'filter_time', targets: [{}] }),
      ],
    });
    const applied = masks({ T: lastYear });
    expect(extraFormDataForChart(loaded, applied, 1)).toEqual({ time_range: 'Last year' });
    expect(extraFormDataForChart(loaded, applied, 3)).toEqual({ time_range: 'Last year' });
  });

  it('limits a filter to the tab of its root path and leaves out excluded charts', () => {
    const loaded = loadedDashboard({
      native_filter_configuration: [
        nativeFilter({
          id: 'T',
          filterType: 'filter_time',
          targets: [{}],
          scope: { rootPath: ['TAB-A'], excluded: [2] },
        }),
      ],
    });
    const applied = masks({ T: lastYear });
    expect(extraFormDataForChart(loaded, applied, 1)).toEqual({ time_range: 'Last year' });
    expect(extraFormDataForChart(loaded, applied, 2)).toEqual({});
    expect(extraFormDataForChart(loaded, applied, 3)).toEqual({});
  });

  it('uses the saved charts in scope when the filter has no scope', () => {
    const loaded = loadedDashboard({
      native_filter_configuration: [
        nativeFilter({
          id: 'T',
          filterType: 'filter_time',
          targets: [{}],
          scope: undefined,
          chartsInScope: [3],
        }),
      ],
    });
    const applied = masks({ T: lastYear });
    expect(extraFormDataForChart(loaded, applied, 1)).toEqual({});
    expect(extraFormDataForChart(loaded, applied, 3)).toEqual({ time_range: 'Last year' });
  });

  it('concatenates filters and lets the later filter override other keys', () => {
    const loaded = loadedDashboard({
      native_filter_configuration: [
        nativeFilter({ id: 'F1' }),
        { id: 'DIVIDER-1', type: 'DIVIDER', title: 'Time' },
        nativeFilter({ id: 'T1', filterType: 'filter_time', targets: [{}] }),
        nativeFilter({ id: 'F2', targets: [{ datasetId: 10, column: { name: 'year' } }] }),
        nativeFilter({ id: 'T2', filterType: 'filter_time', targets: [{}] }),
      ],
    });
    const applied = masks({
      F1: regionIsEu,
      T1: lastYear,
      F2: { extraFormData: { filters: [{ col: 'year', op: '>=', val: 2020 }] } },
      T2: { extraFormData: { time_range: 'Last week' } },
    });
    expect(extraFormDataForChart(loaded, applied, 2)).toEqual({
      filters: [
        { col: 'region', op: 'IN', val: ['EU'] },
        { col: 'year', op: '>=', val: 2020 },
      ],
      time_range: 'Last week',
    });
  });

  it('ignores masks of filters no longer configured and cleared selections', () => {
    const loaded = loadedDashboard({ native_filter_configuration: [nativeFilter({ id: 'F1' })] });
    const applied = masks({
      GONE: regionIsEu,
      F1: { extraFormData: { filters: [{ col: 'region', op: 'IN', val: [] }] } },
    });
    expect(extraFormDataForChart(loaded, applied, 1)).toEqual({});
  });

  it('applies a cross-filter to the other charts but never to the chart that emitted it', () => {
    const loaded = loadedDashboard({});
    const applied = masks({}, { 1: regionIsEu });
    expect(extraFormDataForChart(loaded, applied, 1)).toEqual({});
    expect(extraFormDataForChart(loaded, applied, 2).filters).toEqual([
      { col: 'region', op: 'IN', val: ['EU'] },
    ]);
    expect(extraFormDataForChart(loaded, applied, 3).filters).toEqual([
      { col: 'region', op: 'IN', val: ['EU'] },
    ]);
  });

  it("follows a chart's own cross-filter scope, else the dashboard's global scope", () => {
    const loaded = loadedDashboard({
      chart_configuration: {
        '1': { id: 1, crossFilters: { scope: { rootPath: ['TAB-B'], excluded: [] } } },
        '2': { id: 2, crossFilters: { scope: 'global' } },
      },
      global_chart_configuration: { scope: { rootPath: ['ROOT_ID'], excluded: [3] } },
    });
    const fromChart1 = masks({}, { 1: regionIsEu });
    expect(extraFormDataForChart(loaded, fromChart1, 2)).toEqual({});
    expect(extraFormDataForChart(loaded, fromChart1, 3).filters).toHaveLength(1);
    const fromChart2 = masks({}, { 2: regionIsEu });
    expect(extraFormDataForChart(loaded, fromChart2, 1).filters).toHaveLength(1);
    expect(extraFormDataForChart(loaded, fromChart2, 3)).toEqual({});
  });

  it('adds no cross-filter when the dashboard turned cross-filters off', () => {
    const loaded = loadedDashboard({ cross_filters_enabled: false });
    expect(extraFormDataForChart(loaded, masks({}, { 1: regionIsEu }), 2)).toEqual({});
  });

  it('puts native filters first, then cross-filters by emitting chart', () => {
    const loaded = loadedDashboard({ native_filter_configuration: [nativeFilter({ id: 'F1' })] });
    const applied = masks(
      { F1: regionIsEu },
      {
        3: { extraFormData: { filters: [{ col: 'team', op: 'IN', val: ['ops'] }] } },
        1: { extraFormData: { filters: [{ col: 'city', op: 'IN', val: ['Paris'] }] } },
      },
    );
    expect(extraFormDataForChart(loaded, applied, 2).filters?.map((filter) => filter.col)).toEqual([
      'region',
      'city',
      'team',
    ]);
  });
});
