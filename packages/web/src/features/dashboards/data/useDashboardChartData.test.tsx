import type { DataMask, NativeFilter } from '@superset-ts/shared';
import { act, renderHook, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { DashboardDataMasks } from '../dashboard-contracts';
import { bigNumberResult, dashboardApi } from '../testing/dashboard-api';
import { dashboardRow, loadedDashboard } from '../testing/dashboard-fixtures';
import { useDashboardChartData, type DashboardChartDataOptions } from './useDashboardChartData';

afterEach(() => {
  vi.unstubAllGlobals();
});

const REGION_FILTER: NativeFilter = {
  id: 'NATIVE_FILTER-region',
  type: 'NATIVE_FILTER',
  name: 'Region',
  filterType: 'filter_select',
  targets: [{ datasetId: 10, column: { name: 'region' } }],
  // Chart 2 is left out of the filter's scope.
  scope: { rootPath: ['ROOT_ID'], excluded: [2] },
};
const LOADED = loadedDashboard({ metadata: { native_filter_configuration: [REGION_FILTER] } });
const NO_FILTERS: DashboardDataMasks = { nativeFilters: {}, crossFilters: {} };
const EUROPE: DataMask = {
  extraFormData: { filters: [{ col: 'region', op: 'IN', val: ['EU'] }] },
  filterState: { value: ['EU'] },
};
const IN_EUROPE: DashboardDataMasks = {
  nativeFilters: { [REGION_FILTER.id]: EUROPE },
  crossFilters: {},
};

function renderData(options: Partial<DashboardChartDataOptions> = {}) {
  const api = dashboardApi({ dashboard: dashboardRow(), charts: LOADED.charts });
  const initial: DashboardChartDataOptions = {
    loaded: LOADED,
    masks: NO_FILTERS,
    wantedChartIds: [1, 2],
    isClientCacheEnabled: false,
    webserverDomains: [],
    ...options,
  };
  const hook = renderHook((props: DashboardChartDataOptions) => useDashboardChartData(props), {
    initialProps: initial,
  });
  return { api, hook, initial };
}

const statusOf = (hook: ReturnType<typeof renderData>['hook'], chartId: number) =>
  hook.result.current.tiles.get(chartId)?.status;

describe('useDashboardChartData', () => {
  it('asks again only for the charts whose filters changed, with the filter in their queries', async () => {
    const { api, hook, initial } = renderData();
    await waitFor(() => expect(statusOf(hook, 2)).toBe('loaded'));

    hook.rerender({ ...initial, masks: IN_EUROPE });

    await waitFor(() => expect(api.streams).toHaveLength(2));
    expect(api.streams[1]!.chartIds).toEqual([1]);
    const sent = api.streams[1]!.request.body as {
      charts: { query_context: { queries: { filters: unknown[] }[] } }[];
    };
    expect(sent.charts[0]!.query_context.queries[0]!.filters).toContainEqual({
      col: 'region',
      op: 'IN',
      val: ['EU'],
    });
  });

  it('with CLIENT_CACHE, going back to an earlier filter state draws from memory without a request', async () => {
    const { api, hook, initial } = renderData({ isClientCacheEnabled: true });
    await waitFor(() => expect(statusOf(hook, 1)).toBe('loaded'));
    hook.rerender({ ...initial, isClientCacheEnabled: true, masks: IN_EUROPE });
    await waitFor(() => expect(api.streams).toHaveLength(2));
    await waitFor(() => expect(statusOf(hook, 1)).toBe('loaded'));

    hook.rerender({ ...initial, isClientCacheEnabled: true, masks: NO_FILTERS });

    const tile = hook.result.current.tiles.get(1);
    expect(tile).toMatchObject({ status: 'loaded', isFromClientCache: true });
    expect(api.streams).toHaveLength(2);
  });

  it('without CLIENT_CACHE, going back asks the server again', async () => {
    const { api, hook, initial } = renderData();
    await waitFor(() => expect(statusOf(hook, 1)).toBe('loaded'));
    hook.rerender({ ...initial, masks: IN_EUROPE });
    await waitFor(() => expect(api.streams).toHaveLength(2));

    hook.rerender({ ...initial, masks: NO_FILTERS });

    await waitFor(() => expect(api.streams).toHaveLength(3));
  });

  it('spreads single-chart refreshes over SUPERSET_WEBSERVER_DOMAINS in turn', async () => {
    const domains = ['d1.example.com', 'd2.example.com'];
    const { api, hook } = renderData({ webserverDomains: domains });
    await waitFor(() => expect(statusOf(hook, 1)).toBe('loaded'));
    const answer = () => new Response(JSON.stringify({ result: bigNumberResult(5) }));
    const fetchMock = vi.fn(async (_url: string, _init?: RequestInit) => answer());
    vi.stubGlobal('fetch', fetchMock);

    await act(() => hook.result.current.refreshChart(1));
    await act(() => hook.result.current.refreshChart(2));
    await act(() => hook.result.current.refreshChart(1));

    const chartDataCalls = fetchMock.mock.calls.filter(([url]) =>
      url.endsWith('/api/v1/chart/data'),
    );
    expect(chartDataCalls.map(([url]) => new URL(url).host)).toEqual([
      'd1.example.com',
      'd2.example.com',
      'd1.example.com',
    ]);
    expect(chartDataCalls[0]![1]).toMatchObject({ credentials: 'include', mode: 'cors' });
    expect(api.streams).toHaveLength(1);
  });

  it("draws charts in the dashboard's colour scheme", async () => {
    const { api } = renderData({
      loaded: { ...LOADED, metadata: { ...LOADED.metadata, color_scheme: 'bnbColors' } },
    });

    await waitFor(() => expect(api.streams).toHaveLength(1));
    const sent = api.streams[0]!.request.body as {
      charts: { query_context: { form_data: { color_scheme?: string } } }[];
    };
    expect(sent.charts.map((chart) => chart.query_context.form_data.color_scheme)).toEqual([
      'bnbColors',
      'bnbColors',
    ]);
  });

  it('refreshes every chart past the caches, but the ones it is told to spare', async () => {
    const { api, hook } = renderData();
    await waitFor(() => expect(statusOf(hook, 2)).toBe('loaded'));

    act(() => hook.result.current.refreshAll([2]));

    await waitFor(() => expect(api.streams).toHaveLength(2));
    expect(api.streams[1]!.chartIds).toEqual([1]);
    expect(api.streams[1]!.request.body).toMatchObject({ force: true });
  });
});
