import { Alert, Splitter, Typography, message } from 'antd';
import { useCallback, useEffect, useRef } from 'react';
import { useDocumentTitle } from '../../app/useDocumentTitle';
import { chartRegistry, type ChartFormData } from '../../visualizations';
import { ChartPane } from './chart/ChartPane';
import { ControlPanelView } from './controls/ControlPanelView';
import { DatasetPanel } from './controls/DatasetPanel';
import { VizTypePicker } from './controls/VizTypePicker';
import type { ExploreBootstrap } from './explore-dataset';
import styles from './ExplorePage.module.css';
import { ExploreHeader } from './header/ExploreHeader';
import { RunButton } from './RunButton';
import { useExploreWorkspace } from './useExploreWorkspace';

/** Ctrl+Enter (Cmd+Enter on a Mac) runs the chart from anywhere on the page. */
function useRunShortcut(onRun: () => void) {
  const latest = useRef(onRun);
  latest.current = onRun;
  useEffect(() => {
    const handleKeyDown = (event: KeyboardEvent) => {
      if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
        event.preventDefault();
        latest.current();
      }
    };
    window.addEventListener('keydown', handleKeyDown);
    return () => window.removeEventListener('keydown', handleKeyDown);
  }, []);
}

/**
 * Explore once its bootstrap arrived: the header, then the dataset panel, the viz type and
 * control panel with the run button, and the chart with its data panes.
 */
export function ExploreWorkspace({
  bootstrap,
  vizTypeHint,
  formDataKey,
  replaceUrl,
}: {
  bootstrap: ExploreBootstrap;
  vizTypeHint: string | undefined;
  formDataKey: string | undefined;
  replaceUrl: (url: string) => void;
}) {
  const [toast, toastHolder] = message.useMessage();
  const handleStoreFailure = useCallback(() => {
    void toast.warning('The chart ran, but its state could not be kept in the URL.');
  }, [toast]);
  const workspace = useExploreWorkspace({
    bootstrap,
    vizTypeHint,
    formDataKey,
    replaceUrl,
    onStoreFailure: handleStoreFailure,
  });
  const { dataset, formData, plugin, dispatch, errors, canRun, runChart } = workspace;
  useDocumentTitle(workspace.title);
  useRunShortcut(() => {
    if (canRun) void runChart();
  });

  const handleVizTypeChange = (vizType: string) => {
    const next = chartRegistry.findChartPlugin(vizType);
    if (next) dispatch({ type: 'switch-viz-type', plugin: next });
  };

  return (
    <div className={styles.page}>
      {toastHolder}
      <ExploreHeader workspace={workspace} />
      {workspace.message && (
        <Alert
          className={styles.banner}
          type="warning"
          showIcon
          banner
          message={workspace.message}
        />
      )}
      {dataset.id === undefined && (
        <Alert
          className={styles.banner}
          type="error"
          showIcon
          banner
          message="This chart's dataset is missing: it was deleted or you may not use it."
        />
      )}
      <Splitter className={styles.columns}>
        <Splitter.Panel defaultSize={260} min={200} max={480} collapsible>
          <section className={styles.datasetColumn} aria-label="Dataset">
            <DatasetPanel dataset={dataset} />
          </section>
        </Splitter.Panel>
        <Splitter.Panel defaultSize={340} min={280} max={560}>
          <section className={styles.controlsColumn} aria-label="Chart controls">
            <div className={styles.vizType}>
              <Typography.Text type="secondary" className={styles.sectionLabel}>
                Chart type
              </Typography.Text>
              <VizTypePicker vizType={formData.viz_type ?? ''} onChange={handleVizTypeChange} />
            </div>
            <div className={styles.controlPanel}>
              {plugin ? (
                <ControlPanelView
                  plugin={plugin}
                  formData={formData}
                  dataset={dataset}
                  errors={errors}
                  onChange={(patch: Partial<ChartFormData>) => dispatch({ type: 'change', patch })}
                />
              ) : (
                <Alert
                  type="warning"
                  showIcon
                  message={`The chart type "${formData.viz_type ?? ''}" is not available: pick another one.`}
                />
              )}
            </div>
            <div className={styles.runBar}>
              <RunButton
                hasRun={workspace.chartRun.formData !== null}
                isStale={workspace.isStale}
                isRunning={workspace.chartRun.status === 'loading'}
                errors={errors}
                canRun={canRun}
                onRun={() => void runChart()}
              />
            </div>
          </section>
        </Splitter.Panel>
        <Splitter.Panel min={360}>
          <ChartPane workspace={workspace} />
        </Splitter.Panel>
      </Splitter>
    </div>
  );
}
