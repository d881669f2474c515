import type { Chart, DashboardChart, ExtraFormData } from '@superset-ts/shared';
import { useQuery } from '@tanstack/react-query';
import { Spin } from 'antd';
import { CHART_DATA_API_PATH } from '@superset-ts/shared';
import { fetchChart } from '../../../api/charts';
import { planChartQuery } from '../data/chart-query';
import { fetchSingleChartData } from '../data/single-chart-request';
import { loadedTile, type TileData } from '../data/tile-data';
import { ChartTile, type ChartTileProps } from './ChartTile';

/** A saved chart as a dashboard lists its charts. */
export function asDashboardChart(chart: Chart): DashboardChart {
  let formData: Record<string, unknown> = {};
  try {
    const parsed: unknown = JSON.parse(chart.params ?? '{}');
    if (parsed && typeof parsed === 'object') formData = parsed as Record<string, unknown>;
  } catch {
    // A chart whose params are not JSON draws as incomplete; the tile says so.
  }
  return {
    id: chart.id,
    slice_name: chart.slice_name,
    viz_type: chart.viz_type,
    form_data: formData,
    description: chart.description,
    description_markeddown: null,
    cache_timeout: chart.cache_timeout,
    certified_by: chart.certified_by,
    certification_details: chart.certification_details,
    changed_on: null,
    is_managed_externally: chart.is_managed_externally,
    datasource_id: chart.datasource_id,
    datasource_type: chart.datasource_type,
  };
}

type AddedChartTileProps = Pick<ChartTileProps, 'chartId' | 'canDownloadData' | 'canExplore'> & {
  /** What the dashboard's filters add to this chart. */
  extra: ExtraFormData;
};

/**
 * A chart placed on the dashboard in the editor and not saved yet: the dashboard's one
 * request only answers its saved charts, so this tile reads the chart and asks for its data
 * on its own (`POST /api/v1/chart/data`) until the dashboard is saved.
 */
export function AddedChartTile({ chartId, extra, ...rights }: AddedChartTileProps) {
  const chart = useQuery({
    queryKey: ['chart', chartId],
    queryFn: async () => asDashboardChart(await fetchChart(chartId)),
  });
  const plan = chart.data ? planChartQuery(chart.data, extra) : undefined;
  const queryContext = plan?.kind === 'query' ? plan.queryContext : null;
  const data = useQuery({
    queryKey: ['added-chart-data', chartId, queryContext],
    queryFn: () =>
      queryContext
        ? fetchSingleChartData(CHART_DATA_API_PATH, queryContext, false)
        : Promise.reject(new Error('The chart cannot be queried.')),
    enabled: queryContext !== null,
  });
  if (chart.isPending) return <Spin aria-label={`Loading chart ${chartId}`} />;
  let tile: TileData | undefined;
  if (chart.isError) tile = { status: 'error', message: chart.error.message };
  else if (data.isError) tile = { status: 'error', message: data.error.message };
  else if (data.data) tile = loadedTile(data.data);
  else if (queryContext !== null) tile = { status: 'loading' };
  return (
    <ChartTile
      chartId={chartId}
      chart={chart.data}
      plan={plan}
      tile={tile}
      onRefresh={() => void data.refetch()}
      {...rights}
    />
  );
}
