import { datasetListQuerySchema, parseRison } from '@superset-ts/shared';
import { describe, expect, it } from 'vitest';
import { datasetListUrl } from '../../api/datasets';
import {
  INITIAL_DATASET_LIST_STATE,
  hasDatasetFilters,
  toDatasetListRequest,
} from './dataset-list-state';

describe('toDatasetListRequest', () => {
  it('asks for the most recently changed datasets first without filters', () => {
    expect(toDatasetListRequest(INITIAL_DATASET_LIST_STATE)).toEqual({
      filters: [],
      order_column: 'changed_on_delta_humanized',
      order_direction: 'desc',
      page: 0,
      page_size: 25,
    });
    expect(hasDatasetFilters(INITIAL_DATASET_LIST_STATE)).toBe(false);
  });

  it("turns every filter into Superset's operator, which the server's schema accepts", () => {
    const state = {
      ...INITIAL_DATASET_LIST_STATE,
      search: '  orders ',
      databaseId: 3,
      schema: 'public',
      kind: 'virtual' as const,
      ownerId: 7,
    };
    const request = toDatasetListRequest(state);
    expect(request.filters).toEqual([
      { col: 'table_name', opr: 'ct', value: 'orders' },
      { col: 'database', opr: 'rel_o_m', value: 3 },
      { col: 'schema', opr: 'eq', value: 'public' },
      { col: 'sql', opr: 'dataset_is_null_or_empty', value: false },
      { col: 'owners', opr: 'rel_m_m', value: 7 },
    ]);
    expect(hasDatasetFilters(state)).toBe(true);

    const q = new URL(datasetListUrl(request), 'http://x').searchParams.get('q') ?? '';
    const parsed = datasetListQuerySchema.parse(parseRison(q));
    expect(parsed.filters).toHaveLength(5);
  });

  it('asks for datasets without SQL when the type is physical', () => {
    const request = toDatasetListRequest({ ...INITIAL_DATASET_LIST_STATE, kind: 'physical' });
    expect(request.filters).toEqual([{ col: 'sql', opr: 'dataset_is_null_or_empty', value: true }]);
  });
});
