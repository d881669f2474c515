import { Empty } from 'antd';
import { useMemo } from 'react';
import { SuperChart, chartRegistry } from '../../../visualizations';
import styles from '../ExplorePage.module.css';
import { RUN_SHORTCUT } from '../RunButton';
import type { ExploreWorkspaceState } from '../useExploreWorkspace';
import { DataPanes } from './DataPanes';
import { RunStatus } from './RunStatus';

/**
 * The right column: the last run's status, the chart (drawn from the last query's results
 * with the current render-trigger controls, or a message), and the data panes under it.
 */
export function ChartPane({ workspace }: { workspace: ExploreWorkspaceState }) {
  const { chartRun, drawnFormData, formData, dataset, canRun, isStale, chartElementRef } =
    workspace;
  const context = useMemo(() => ({ verboseMap: dataset.verbose_map ?? {} }), [dataset.verbose_map]);
  const queriedPlugin = chartRegistry.findChartPlugin(chartRun.formData?.viz_type);
  const isWaitingForRun = chartRun.status === 'idle' && canRun;

  return (
    <section className={styles.chartColumn} aria-label="Chart">
      <div className={styles.chartStatusBar}>
        <RunStatus run={chartRun} isStale={isStale && chartRun.formData !== null} />
      </div>
      <div className={styles.chartArea} ref={chartElementRef} data-testid="explore-chart">
        {isWaitingForRun ? (
          <div className={styles.paneMessage}>
            <Empty
              description={`Click "Create chart" (or press ${RUN_SHORTCUT}) to run the query and see the chart.`}
            />
          </div>
        ) : (
          <SuperChart
            formData={drawnFormData}
            queriesResponse={chartRun.results}
            error={chartRun.status === 'failed' ? chartRun.error : undefined}
            isLoading={chartRun.status === 'loading'}
            context={context}
          />
        )}
      </div>
      <DataPanes plugin={queriedPlugin} queriedFormData={chartRun.formData} formData={formData} />
    </section>
  );
}
