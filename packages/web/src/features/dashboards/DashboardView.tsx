import type {
  DashboardJsonMetadata,
  DashboardPermalinkState,
  DataMask,
  LayoutItem,
} from '@superset-ts/shared';
import { ROOT_ID } from '@superset-ts/shared';
import { Spin, message } from 'antd';
import { Suspense, lazy, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useSearchParams } from 'react-router';
import { useBootstrap } from '../../bootstrap/BootstrapContext';
import { getLabelColors } from '../../visualizations/color';
import type { DashboardDataMasks, LoadedDashboard } from './dashboard-contracts';
import { useCrossFilterInteractions, withCrossFilter } from './data/useCrossFilterInteractions';
import { useDashboardChartData } from './data/useDashboardChartData';
import { DASHBOARD_CSS_SCOPE_CLASS, DashboardCss } from './edit/DashboardCss';
import { DashboardHeader } from './header/DashboardHeader';
import {
  copyDashboardPermalink,
  downloadDashboardImage,
  downloadDashboardPdf,
} from './header/dashboard-exports';
import { parseStandaloneMode, showsDashboardHeader } from './header/standalone-mode';
import { useAutoRefresh } from './header/useAutoRefresh';
import {
  dataMaskForPermalink,
  dataMasksFromPermalink,
  defaultDataMasks,
} from './load/initial-data-masks';
import { useDashboardPermissions } from './load/useDashboardPermissions';
import { AddedChartTile } from './tile/AddedChartTile';
import { ChartTile } from './tile/ChartTile';
import { extraFormDataForChart } from './filters/extra-form-data-for-chart';
import { DashboardFilterPanel } from './view/DashboardFilterPanel';
import type { LayoutRenderer } from './view/layout-renderer';
import { LayoutNode } from './view/LayoutNode';
import { tabsLeadingTo } from './view/tab-state';
import { useTabSelection } from './view/useTabSelection';
import styles from './DashboardView.module.css';

const DashboardEditor = lazy(() =>
  import('./edit/DashboardEditor').then((module) => ({ default: module.DashboardEditor })),
);

const NO_DOMAINS: readonly string[] = [];

/** What the view opens with, and how it hands a changed dashboard back to the page. */
export interface DashboardViewProps {
  loaded: LoadedDashboard;
  /** The filters and tabs a permalink stored; the defaults without one. */
  permalinkState?: DashboardPermalinkState;
  /** The URL's `#anchor`: a TAB id opens that tab. */
  anchor?: string;
  /** The dashboard after a save (editor) or a filter configuration change. */
  onLoadedChange: (next: LoadedDashboard) => void;
}

/**
 * A dashboard in view mode: header, filter bar and layout, every shown chart loaded in one
 * streamed request; owners switch to the editor from here.
 */
export function DashboardView({
  loaded,
  permalinkState,
  anchor = '',
  onLoadedChange,
}: DashboardViewProps) {
  const { common } = useBootstrap();
  const [searchParams, setSearchParams] = useSearchParams();
  const standalone = parseStandaloneMode(searchParams.get('standalone'));
  const permissions = useDashboardPermissions(loaded);
  const [toast, toastHolder] = message.useMessage();
  const [masks, setMasks] = useState<DashboardDataMasks>(() =>
    permalinkState ? dataMasksFromPermalink(loaded, permalinkState) : defaultDataMasks(loaded),
  );
  const [isEditing, setIsEditing] = useState(false);
  const [refreshSeconds, setRefreshSeconds] = useState(loaded.metadata.refresh_frequency ?? 0);
  const contentRef = useRef<HTMLDivElement>(null);
  const tabs = useTabSelection(
    loaded.layout,
    permalinkState?.activeTabs ?? (anchor ? tabsLeadingTo(loaded.layout, anchor) : []),
  );
  // The dashboard's label_colors force a label's colour in every chart, as long as it is shown.
  const labelColors = loaded.metadata.label_colors;
  useEffect(() => {
    const colors = getLabelColors();
    colors.setForcedColors(labelColors ?? {});
    return () => colors.reset();
  }, [labelColors]);
  const allChartIds = useMemo(() => loaded.charts.map((chart) => chart.id), [loaded.charts]);

  const data = useDashboardChartData({
    loaded,
    masks,
    wantedChartIds: isEditing ? allChartIds : tabs.wantedChartIds,
    isClientCacheEnabled: common.feature_flags.CLIENT_CACHE === true,
    webserverDomains: common.superset_webserver_domains ?? NO_DOMAINS,
  });
  const { refreshAll } = data;
  const immuneChartIds = loaded.metadata.timed_refresh_immune_slices;
  const handleAutoRefresh = useCallback(
    () => refreshAll(immuneChartIds ?? []),
    [refreshAll, immuneChartIds],
  );
  // Charts listed in timed_refresh_immune_slices are left out of the periodic refresh.
  useAutoRefresh(refreshSeconds, handleAutoRefresh);

  const handleCrossFilter = useCallback((chartId: number, mask: DataMask) => {
    setMasks((previous) => ({
      ...previous,
      crossFilters: withCrossFilter(previous.crossFilters, chartId, mask),
    }));
  }, []);
  const interactions = useCrossFilterInteractions(
    allChartIds,
    loaded.metadata.cross_filters_enabled !== false,
    masks.crossFilters,
    handleCrossFilter,
  );

  const renderTile = (chartId: number, item?: LayoutItem) => (
    <ChartTile
      chartId={chartId}
      chart={loaded.charts.find((chart) => chart.id === chartId)}
      titleOverride={item?.meta.sliceNameOverride}
      plan={data.plans.get(chartId)}
      tile={data.tiles.get(chartId)}
      interaction={interactions.get(chartId)}
      canDownloadData={permissions.canDownloadData}
      canExplore={permissions.canExplore}
      onRefresh={() => void data.refreshChart(chartId)}
    />
  );
  const renderer: LayoutRenderer = {
    layout: loaded.layout,
    renderChart: renderTile,
    activeTabs: tabs.activeTabs,
    onChooseTab: tabs.onChooseTab,
  };

  const runAction = (action: () => Promise<void>) => {
    action().catch((error: unknown) => {
      void toast.error(error instanceof Error ? error.message : 'The action failed.');
    });
  };
  const handleCopyPermalink = () =>
    runAction(async () => {
      const link = await copyDashboardPermalink(loaded.dashboard.id, {
        dataMask: dataMaskForPermalink(masks),
        activeTabs: [...tabs.activeTabs],
      });
      if (link.isCopied) void toast.success('Permalink copied to the clipboard');
      else void toast.info({ content: `Permalink: ${link.url}`, duration: 15 });
    });
  const handleDownload = (kind: 'image' | 'pdf') =>
    runAction(async () => {
      const element = contentRef.current;
      if (!element) return;
      const title = loaded.dashboard.dashboard_title;
      await (kind === 'image'
        ? downloadDashboardImage(element, title)
        : downloadDashboardPdf(element, title));
    });
  const handleToggleFullscreen = () =>
    setSearchParams((params) => {
      const next = new URLSearchParams(params);
      if (standalone > 0) next.delete('standalone');
      else next.set('standalone', '1');
      return next;
    });
  const handleConfigurationSaved = (metadata: DashboardJsonMetadata) =>
    onLoadedChange({ ...loaded, metadata });

  if (isEditing) {
    return (
      <Suspense fallback={<Spin aria-label="Loading the editor" />}>
        <DashboardEditor
          loaded={loaded}
          renderChart={(chartId, size) => (
            <div style={size}>
              {loaded.charts.some((chart) => chart.id === chartId) ? (
                renderTile(chartId)
              ) : (
                <AddedChartTile
                  chartId={chartId}
                  extra={extraFormDataForChart(loaded, masks, chartId)}
                  canDownloadData={permissions.canDownloadData}
                  canExplore={permissions.canExplore}
                />
              )}
            </div>
          )}
          onSaved={(next) => {
            onLoadedChange(next);
            setIsEditing(false);
          }}
          onDiscard={() => setIsEditing(false)}
        />
      </Suspense>
    );
  }

  return (
    <div className={styles.page}>
      {toastHolder}
      {showsDashboardHeader(standalone) ? (
        <DashboardHeader
          dashboardId={loaded.dashboard.id}
          title={loaded.dashboard.dashboard_title}
          isPublished={loaded.dashboard.published}
          canEdit={permissions.canEdit}
          onEdit={() => setIsEditing(true)}
          onRefresh={() => refreshAll()}
          refreshSeconds={refreshSeconds}
          onRefreshIntervalChange={setRefreshSeconds}
          isFullscreen={standalone > 0}
          onToggleFullscreen={handleToggleFullscreen}
          onCopyPermalink={handleCopyPermalink}
          onDownload={handleDownload}
        />
      ) : null}
      <div className={styles.body}>
        {standalone === 3 ? null : (
          <DashboardFilterPanel
            loaded={loaded}
            applied={masks}
            onApply={(nativeFilters) => setMasks((previous) => ({ ...previous, nativeFilters }))}
            onClearCrossFilter={(chartId) => handleCrossFilter(chartId, {})}
            canEdit={permissions.canEdit}
            onConfigurationSaved={handleConfigurationSaved}
          />
        )}
        <main
          ref={contentRef}
          className={`${styles.content} ${DASHBOARD_CSS_SCOPE_CLASS}`}
          aria-label={loaded.dashboard.dashboard_title}
        >
          <DashboardCss css={loaded.dashboard.css} />
          <LayoutNode id={ROOT_ID} renderer={renderer} />
        </main>
      </div>
    </div>
  );
}
