import type { DashboardChart } from '@superset-ts/shared';
import { Alert, message } from 'antd';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { SuperChart } from '../../../visualizations';
import type { ChartInteraction } from '../../../visualizations/core/chart-plugin';
import { downloadChartFile } from '../../explore/header/chart-exports';
import { ViewQueryModal } from '../../explore/header/ViewQueryModal';
import type { ChartQueryPlan } from '../data/chart-query';
import type { TileData } from '../data/tile-data';
import styles from './ChartTile.module.css';
import { freshnessNote } from './freshness';
import { TileMenu, type TileAction } from './TileMenu';
import { ViewResultsModal } from './ViewResultsModal';

/** What a tile draws from: the chart, how it is queried and what came back. */
export interface ChartTileProps {
  chartId: number;
  /** Undefined when the layout names a chart the dashboard does not have (deleted). */
  chart: DashboardChart | undefined;
  /** The layout's title for the chart, when it overrides the chart's name. */
  titleOverride?: string | undefined;
  plan: ChartQueryPlan | undefined;
  tile: TileData | undefined;
  interaction?: ChartInteraction | undefined;
  canDownloadData: boolean;
  canExplore: boolean;
  /** Hides the header (title and menu), as report screenshots do. */
  isHeaderHidden?: boolean;
  onRefresh: () => void;
}

type OpenModal = 'query' | 'results' | null;

/**
 * One chart of a dashboard: its title, a menu (refresh, query, results, downloads, Explore)
 * with the data's freshness, and the chart or why it is not there (loading, error, no rows).
 */
export function ChartTile(props: ChartTileProps) {
  const { chartId, chart, plan, tile, interaction, onRefresh } = props;
  const navigate = useNavigate();
  const [toast, toastHolder] = message.useMessage();
  const [openModal, setOpenModal] = useState<OpenModal>(null);
  const title = props.titleOverride || chart?.slice_name || `Chart ${chartId}`;

  if (!chart || !plan) {
    return (
      <div className={styles.tile} data-testid={`chart-tile-${chartId}`}>
        <Alert
          type="warning"
          showIcon
          message="This chart is not available"
          description="It was deleted, or you may not see its data. Ask a dashboard owner to remove it."
        />
      </div>
    );
  }

  const context = plan.kind === 'query' ? plan.queryContext : null;
  const results = tile?.status === 'loaded' ? tile.results : null;
  const freshness =
    tile?.status === 'loaded' ? freshnessNote(tile.results, tile.receivedAt, Date.now()) : null;
  const error =
    plan.kind === 'not-queryable'
      ? plan.reason
      : tile?.status === 'error'
        ? tile.message
        : undefined;

  const handleAction = (action: TileAction) => {
    switch (action) {
      case 'refresh':
        onRefresh();
        return;
      case 'view-query':
        setOpenModal('query');
        return;
      case 'view-results':
        setOpenModal('results');
        return;
      case 'explore':
        void navigate(`/explore/?slice_id=${chartId}`);
        return;
      case 'csv':
      case 'xlsx':
        if (!context) return;
        downloadChartFile(context, action, title).catch((failure: unknown) => {
          void toast.error(failure instanceof Error ? failure.message : 'The download failed.');
        });
        return;
    }
  };

  return (
    <div
      className={styles.tile}
      data-testid={`chart-tile-${chartId}`}
      aria-label={title}
      role="figure"
    >
      {toastHolder}
      {props.isHeaderHidden ? null : (
        <div className={styles.tileHeader}>
          <span className={styles.tileTitle} title={title}>
            {title}
          </span>
          <TileMenu
            title={title}
            freshness={freshness}
            hasQuery={context !== null}
            hasResults={results !== null}
            canDownloadData={props.canDownloadData}
            canExplore={props.canExplore}
            onAction={handleAction}
          />
        </div>
      )}
      <div className={styles.tileBody}>
        <SuperChart
          formData={plan.formData}
          queriesResponse={results}
          error={error}
          isLoading={plan.kind === 'query' && (tile === undefined || tile.status === 'loading')}
          {...(interaction ? { interaction } : {})}
        />
      </div>
      {openModal === 'query' ? (
        <ViewQueryModal context={context} onClose={() => setOpenModal(null)} />
      ) : null}
      {openModal === 'results' && results ? (
        <ViewResultsModal title={title} results={results} onClose={() => setOpenModal(null)} />
      ) : null}
    </div>
  );
}
