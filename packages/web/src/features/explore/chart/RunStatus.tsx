import { ClockCircleOutlined, DatabaseOutlined } from '@ant-design/icons';
import type { ChartDataResult } from '@superset-ts/shared';
import { Space, Tag, Tooltip, Typography } from 'antd';
import styles from '../ExplorePage.module.css';
import type { ChartRunState } from '../useChartRun';

function formatDuration(ms: number): string {
  return ms < 1000 ? `${Math.round(ms)} ms` : `${(ms / 1000).toFixed(2)} s`;
}

function formatClock(at: Date): string {
  return at.toLocaleTimeString('en-GB', { hour: '2-digit', minute: '2-digit', second: '2-digit' });
}

/**
 * The rows of the chart's main query, as Superset's row count label shows them: the other
 * queries are helpers (a page count, a totals row, a second series set).
 */
function rowCount(results: readonly ChartDataResult[]): number {
  return results[0]?.rowcount ?? 0;
}

/** When the cached result was computed, as the server sent it (UTC without a zone). */
function cachedAt(results: readonly ChartDataResult[]): string | undefined {
  return results.find((result) => result.is_cached)?.cached_dttm ?? undefined;
}

/**
 * The last run at a glance: how many rows it returned, when it finished and how long it took,
 * and "Cached" when the answer came from the cache; "Not applied yet" when controls changed.
 */
export function RunStatus({ run, isStale }: { run: ChartRunState; isStale: boolean }) {
  if (run.status === 'idle') return null;
  if (run.status === 'loading') {
    return (
      <Typography.Text type="secondary" role="status" className={styles.runStatus}>
        Running the query…
      </Typography.Text>
    );
  }
  const results = run.results ?? [];
  const rows = rowCount(results);
  const cachedDttm = cachedAt(results);
  const isCached = results.some((result) => result.is_cached);
  return (
    <Space size={12} className={styles.runStatus} role="status" aria-label="Last run">
      {run.status === 'success' && (
        <Typography.Text strong>
          {rows.toLocaleString('en-US')} {rows === 1 ? 'row' : 'rows'}
        </Typography.Text>
      )}
      {run.status === 'failed' && <Typography.Text type="danger">Query failed</Typography.Text>}
      {run.finishedAt && (
        <Typography.Text type="secondary">
          <ClockCircleOutlined aria-hidden /> {formatClock(run.finishedAt)}
          {run.durationMs !== null ? ` · ${formatDuration(run.durationMs)}` : ''}
        </Typography.Text>
      )}
      {isCached && (
        <Tooltip
          title={
            cachedDttm
              ? `Loaded from the cache, computed at ${cachedDttm} UTC`
              : 'Loaded from the cache'
          }
        >
          <Tag icon={<DatabaseOutlined aria-hidden />} color="blue">
            Cached
          </Tag>
        </Tooltip>
      )}
      {isStale && (
        <Typography.Text type="warning">Controls changed: update the chart</Typography.Text>
      )}
    </Space>
  );
}
