import type { LogEntry } from '@superset-ts/shared';
import { Descriptions } from 'antd';
import { formatLogJson } from './format-log-entry';
import styles from './ActionLogPage.module.css';

/** The expanded row: the dashboard or chart the entry names, and its details as JSON. */
export function LogEntryDetails({ entry }: { entry: LogEntry }) {
  const items = [
    ...(entry.dashboard_id !== null
      ? [{ key: 'dashboard', label: 'Dashboard id', children: entry.dashboard_id }]
      : []),
    ...(entry.slice_id !== null
      ? [{ key: 'chart', label: 'Chart id', children: entry.slice_id }]
      : []),
    ...(entry.referrer ? [{ key: 'referrer', label: 'Referrer', children: entry.referrer }] : []),
  ];
  return (
    <div className={styles.details}>
      {items.length > 0 && <Descriptions size="small" column={1} items={items} />}
      {entry.json === null ? (
        <span className={styles.muted}>No details were recorded.</span>
      ) : (
        <pre className={styles.json} tabIndex={0} aria-label={`Details of log entry ${entry.id}`}>
          {formatLogJson(entry.json)}
        </pre>
      )}
    </div>
  );
}
