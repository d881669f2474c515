import type { NativeFilter } from '@superset-ts/shared';
import { describe, expect, it } from 'vitest';
import { loadedDashboard } from '../testing/dashboard-fixtures';
import {
  dataMaskForPermalink,
  dataMasksFromPermalink,
  defaultDataMasks,
} from './initial-data-masks';

const REGION: NativeFilter = {
  id: 'NATIVE_FILTER-region',
  type: 'NATIVE_FILTER',
  name: 'Region',
  filterType: 'filter_select',
  targets: [{ datasetId: 10, column: { name: 'region' } }],
  defaultDataMask: { filterState: { value: ['EU'] } },
};
const YEAR: NativeFilter = { ...REGION, id: 'NATIVE_FILTER-year', defaultDataMask: {} };
const LOADED = loadedDashboard({ metadata: { native_filter_configuration: [REGION, YEAR] } });

describe('initial data masks', () => {
  it("opens with each native filter's default value and no cross-filter", () => {
    expect(defaultDataMasks(LOADED)).toEqual({
      nativeFilters: { [REGION.id]: REGION.defaultDataMask, [YEAR.id]: {} },
      crossFilters: {},
    });
  });

  it("reads a permalink's masks back into filters and cross-filters, dropping what is gone", () => {
    const stored = {
      [YEAR.id]: { filterState: { value: [2024] } },
      '2': { filterState: { value: ['Books'] } },
      'NATIVE_FILTER-deleted': { filterState: { value: ['x'] } },
      '99': { filterState: { value: ['y'] } },
    };

    const masks = dataMasksFromPermalink(LOADED, { dataMask: stored });

    expect(masks).toEqual({
      nativeFilters: { [REGION.id]: REGION.defaultDataMask, [YEAR.id]: stored[YEAR.id] },
      crossFilters: { 2: stored['2'] },
    });
    expect(dataMasksFromPermalink(LOADED, { dataMask: dataMaskForPermalink(masks) })).toEqual(
      masks,
    );
  });
});
