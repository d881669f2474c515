import { describe, expect, it } from 'vitest';
import { datasetLookups, type ExploreDataset } from './explore-dataset';

describe('datasetLookups', () => {
  it('marks which columns are temporal, so a time grain applies to them as dimensions', () => {
    const dataset: ExploreDataset = {
      type: 'table',
      name: 'public.orders',
      database: { id: 1 },
      metrics: [],
      columns: [
        { column_name: 'ordered_at', is_dttm: true },
        { column_name: 'region', is_dttm: false },
      ],
    };
    expect(datasetLookups(dataset)).toEqual({
      temporal_columns_lookup: { ordered_at: true, region: false },
    });
  });
});
