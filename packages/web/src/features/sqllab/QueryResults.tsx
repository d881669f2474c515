import { CopyOutlined, DownloadOutlined } from '@ant-design/icons';
import { Alert, Button, Empty, Space, Spin, Typography, message } from 'antd';
import { useMemo } from 'react';
import { exportCsvUrl } from '../../api/sqllab';
import { SaveDatasetButton } from '../datasets/SaveDatasetButton';
import { CreateChartButton } from './CreateChartButton';
import { toTsv } from './format-cell';
import { displayLimitMessage, limitingMessage } from './limiting-message';
import { ResultsGrid } from './ResultsGrid';
import styles from './SqlLab.module.css';
import type { QueryRun } from './useQueryRuns';

function Running({ run }: { run: QueryRun }) {
  return (
    <div className={styles.resultsState} role="status">
      <Spin />
      <Typography.Text type="secondary">
        {run.isPreview ? 'Loading the preview…' : 'Running…'}
        {run.progress > 0 && run.progress < 100 ? ` ${Math.round(run.progress)}%` : ''}
      </Typography.Text>
    </div>
  );
}

function SuccessfulRun({
  run,
  canExportCsv,
}: {
  run: QueryRun & { results: NonNullable<QueryRun['results']> };
  canExportCsv: boolean;
}) {
  const [toast, toastHolder] = message.useMessage();
  const { results } = run;
  const columns = useMemo(() => results.columns.map((c) => c.column_name), [results.columns]);
  const rowCount = results.data.length;
  const limitNote =
    displayLimitMessage(rowCount, results.query, results.displayLimitReached ?? false) ??
    limitingMessage(results.query);
  const handleCopy = () => {
    navigator.clipboard.writeText(toTsv(columns, results.data)).then(
      () => void toast.success('Copied to the clipboard'),
      () => void toast.error('The browser did not allow copying'),
    );
  };
  return (
    <div className={styles.results}>
      {toastHolder}
      <div className={styles.resultsBar}>
        <Typography.Text strong role="status">
          {rowCount.toLocaleString('en-US')} {rowCount === 1 ? 'row' : 'rows'} returned
        </Typography.Text>
        <Space>
          <Button size="small" icon={<CopyOutlined />} onClick={handleCopy} disabled={!rowCount}>
            Copy to clipboard
          </Button>
          {canExportCsv && !run.isPreview && (
            <Button size="small" icon={<DownloadOutlined />} href={exportCsvUrl(run.clientId)}>
              Download CSV
            </Button>
          )}
          {!run.isPreview && <SaveDatasetButton query={results.query} />}
          {!run.isPreview && <CreateChartButton query={results.query} />}
        </Space>
      </div>
      {limitNote && <Alert type="warning" showIcon banner message={limitNote} />}
      {columns.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="The query returned no data" />
      ) : (
        <ResultsGrid columns={columns} rows={results.data} />
      )}
    </div>
  );
}

/** The latest run of the tab: running, its error, or its rows with copy and CSV download. */
export function QueryResults({
  run,
  canExportCsv,
  storedQueryHint,
}: {
  run: QueryRun | undefined;
  canExportCsv: boolean;
  /** Offered when the tab's latest run from before a reload has stored results. */
  storedQueryHint?: { onFetch: () => void } | undefined;
}) {
  if (!run) {
    return (
      <Empty
        className={styles.resultsEmpty}
        image={Empty.PRESENTED_IMAGE_SIMPLE}
        description="Run a query to see its results here"
      >
        {storedQueryHint && (
          <Button onClick={storedQueryHint.onFetch}>Show the results of the last run</Button>
        )}
      </Empty>
    );
  }
  switch (run.status) {
    case 'running':
      return <Running run={run} />;
    case 'failed':
      return (
        <Alert
          className={styles.resultsAlert}
          type="error"
          showIcon
          role="alert"
          message={run.isPreview ? 'The preview failed' : 'The query failed'}
          description={<pre className={styles.errorText}>{run.errorMessage}</pre>}
        />
      );
    case 'stopped':
      return (
        <Alert
          className={styles.resultsAlert}
          type="info"
          showIcon
          message="The query was stopped"
        />
      );
    case 'success':
      return run.results ? (
        <SuccessfulRun run={{ ...run, results: run.results }} canExportCsv={canExportCsv} />
      ) : null;
  }
}
