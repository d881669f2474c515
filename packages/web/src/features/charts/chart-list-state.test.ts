import { describe, expect, it } from 'vitest';
import { INITIAL_CHART_LIST_STATE, hasChartFilters, toChartListRequest } from './chart-list-state';

describe('toChartListRequest', () => {
  it('asks for the most recently changed charts first, without filters, as the page opens', () => {
    expect(toChartListRequest(INITIAL_CHART_LIST_STATE)).toEqual({
      filters: [],
      order_column: 'changed_on_delta_humanized',
      order_direction: 'desc',
      page: 0,
      page_size: 25,
    });
    expect(hasChartFilters(INITIAL_CHART_LIST_STATE)).toBe(false);
  });

  it("turns every filter into Superset's operator for it", () => {
    const state = {
      ...INITIAL_CHART_LIST_STATE,
      search: '  revenue ',
      ownerId: 3,
      vizType: 'pie',
      datasetId: 11,
      dashboardId: 4,
      isFavorite: true,
      isCertified: false,
    };
    expect(toChartListRequest(state).filters).toEqual([
      { col: 'slice_name', opr: 'chart_all_text', value: 'revenue' },
      { col: 'owners', opr: 'rel_m_m', value: 3 },
      { col: 'viz_type', opr: 'eq', value: 'pie' },
      { col: 'datasource_id', opr: 'eq', value: 11 },
      { col: 'dashboards', opr: 'rel_m_m', value: 4 },
      { col: 'id', opr: 'chart_is_favorite', value: true },
      { col: 'id', opr: 'chart_is_certified', value: false },
    ]);
    expect(hasChartFilters(state)).toBe(true);
  });

  it('counts a "No" answer as a filter, and a blank search as none', () => {
    expect(hasChartFilters({ ...INITIAL_CHART_LIST_STATE, isFavorite: false })).toBe(true);
    expect(hasChartFilters({ ...INITIAL_CHART_LIST_STATE, search: '   ' })).toBe(false);
  });
});
