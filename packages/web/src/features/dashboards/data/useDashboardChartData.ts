import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { DashboardDataMasks, LoadedDashboard } from '../dashboard-contracts';
import { extraFormDataForChart } from '../filters/extra-form-data-for-chart';
import {
  planChartQuery,
  requestKeyOf,
  withDashboardColors,
  type ChartQueryPlan,
} from './chart-query';
import { chartPayloadCache } from './chart-payload-cache';
import { ChartDataUrls, fetchSingleChartData } from './single-chart-request';
import { streamChartBatch, type BatchChart } from './stream-chart-batch';
import { loadedTile, type TileData } from './tile-data';

/** What the dashboard's data needs: the dashboard, its filters and the charts wanted. */
export interface DashboardChartDataOptions {
  loaded: LoadedDashboard;
  masks: DashboardDataMasks;
  /** The charts to load, visible ones first (charts of tabs never shown are left out). */
  wantedChartIds: readonly number[];
  /** CLIENT_CACHE: keep payloads in memory by request. */
  isClientCacheEnabled: boolean;
  /** SUPERSET_WEBSERVER_DOMAINS, for single-chart requests. */
  webserverDomains: readonly string[];
}

/** The charts' data and how to refresh it. */
export interface DashboardChartData {
  /** Each wanted chart's plan: its form data and query context (or why it is not queried). */
  plans: ReadonlyMap<number, ChartQueryPlan>;
  /** Each queried chart's data state. */
  tiles: ReadonlyMap<number, TileData>;
  /** Reloads every wanted chart but `exceptChartIds`, bypassing caches (one streamed request). */
  refreshAll: (exceptChartIds?: readonly number[]) => void;
  /** Reloads one chart, bypassing caches (its own request). */
  refreshChart: (chartId: number) => Promise<void>;
}

interface InFlight {
  controller: AbortController;
  charts: readonly BatchChart[];
}

/**
 * The data of a dashboard's charts: one streamed request for every chart whose request
 * changed (new filters, a newly shown tab), each tile updated as its line arrives. Charts whose
 * request did not change keep their data; with CLIENT_CACHE a request seen before is answered
 * from memory without asking the server.
 */
export function useDashboardChartData(options: DashboardChartDataOptions): DashboardChartData {
  const { loaded, masks, wantedChartIds, isClientCacheEnabled, webserverDomains } = options;
  const idOrSlug = loaded.dashboard.id;
  const [tiles, setTiles] = useState<ReadonlyMap<number, TileData>>(new Map());
  const [refreshCount, setRefreshCount] = useState(0);
  const shownKeys = useRef(new Map<number, string>());
  const inFlight = useRef<InFlight | null>(null);
  /** Set by refreshAll for the next run: force the charts, but those it spares. */
  const forceNext = useRef<{ spared: ReadonlySet<number> } | null>(null);
  const urls = useMemo(() => new ChartDataUrls(webserverDomains), [webserverDomains]);

  const plans = useMemo(() => {
    const byId = new Map<number, ChartQueryPlan>();
    for (const chartId of wantedChartIds) {
      const chart = loaded.charts.find((candidate) => candidate.id === chartId);
      if (!chart) continue;
      const extra = extraFormDataForChart(loaded, masks, chartId);
      byId.set(chartId, planChartQuery(withDashboardColors(chart, loaded.metadata), extra));
    }
    return byId;
  }, [loaded, masks, wantedChartIds]);

  const setTile = useCallback((chartId: number, requestKey: string, tile: TileData) => {
    if (shownKeys.current.get(chartId) !== requestKey) return;
    setTiles((previous) => new Map(previous).set(chartId, tile));
  }, []);

  useEffect(() => {
    const forcing = forceNext.current;
    forceNext.current = null;
    const updates = new Map<number, TileData>();
    const changed: BatchChart[] = [];
    for (const plan of plans.values()) {
      if (plan.kind !== 'query') continue;
      const requestKey = requestKeyOf(plan);
      const force = forcing !== null && !forcing.spared.has(plan.chartId);
      if (!force && shownKeys.current.get(plan.chartId) === requestKey) continue;
      shownKeys.current.set(plan.chartId, requestKey);
      const cached =
        isClientCacheEnabled && !force ? chartPayloadCache.find(requestKey) : undefined;
      if (cached) {
        updates.set(plan.chartId, loadedTile(cached, true));
        continue;
      }
      if (force) chartPayloadCache.forget(requestKey);
      updates.set(plan.chartId, { status: 'loading' });
      changed.push({ plan, requestKey });
    }
    if (updates.size > 0) {
      setTiles((previous) => new Map([...previous, ...updates]));
    }
    if (changed.length === 0) return;

    // Charts the aborted request still owed come along (visible ones keep their place first).
    const owed = (inFlight.current?.charts ?? []).filter(
      (chart) =>
        shownKeys.current.get(chart.plan.chartId) === chart.requestKey &&
        !changed.some((next) => next.plan.chartId === chart.plan.chartId),
    );
    inFlight.current?.controller.abort();
    const order = [...plans.keys()];
    const batch = [...changed, ...owed].sort(
      (a, b) => order.indexOf(a.plan.chartId) - order.indexOf(b.plan.chartId),
    );
    const controller = new AbortController();
    inFlight.current = { controller, charts: batch };
    void streamChartBatch(idOrSlug, batch, forcing !== null, controller.signal, {
      onTile(chartId, requestKey, tile) {
        if (tile.status === 'loaded' && isClientCacheEnabled) {
          chartPayloadCache.store(requestKey, tile.results);
        }
        setTile(chartId, requestKey, tile);
      },
    }).finally(() => {
      if (inFlight.current?.controller === controller) inFlight.current = null;
    });
  }, [plans, refreshCount, idOrSlug, isClientCacheEnabled, setTile]);

  useEffect(() => {
    const keys = shownKeys.current;
    return () => {
      // Forget what was still coming, so a remount (StrictMode) asks for it again.
      for (const chart of inFlight.current?.charts ?? []) keys.delete(chart.plan.chartId);
      inFlight.current?.controller.abort();
      inFlight.current = null;
    };
  }, []);

  const refreshAll = useCallback((exceptChartIds: readonly number[] = []) => {
    forceNext.current = { spared: new Set(exceptChartIds) };
    setRefreshCount((count) => count + 1);
  }, []);

  const refreshChart = useCallback(
    async (chartId: number) => {
      const plan = plans.get(chartId);
      if (plan?.kind !== 'query') return;
      const requestKey = requestKeyOf(plan);
      shownKeys.current.set(chartId, requestKey);
      chartPayloadCache.forget(requestKey);
      setTile(chartId, requestKey, { status: 'loading' });
      try {
        const results = await fetchSingleChartData(urls.take(), plan.queryContext, true);
        if (isClientCacheEnabled) chartPayloadCache.store(requestKey, results);
        setTile(chartId, requestKey, loadedTile(results));
      } catch (error) {
        const message =
          error instanceof Error ? error.message : 'The chart could not be refreshed.';
        setTile(chartId, requestKey, { status: 'error', message });
      }
    },
    [plans, urls, isClientCacheEnabled, setTile],
  );

  return { plans, tiles, refreshAll, refreshChart };
}
