import { CloseOutlined } from '@ant-design/icons';
import { Button, Typography } from 'antd';
import type { DashboardDataMasks, LoadedDashboard } from '../dashboard-contracts';
import { activeCrossFilters } from './active-cross-filters';
import styles from './FilterBar.module.css';

/** The active cross-filters: which chart set them, on which column, to what; each clearable. */
export function CrossFilterList({
  loaded,
  crossFilters,
  onClear,
}: {
  loaded: LoadedDashboard;
  crossFilters: DashboardDataMasks['crossFilters'];
  onClear: (chartId: number) => void;
}) {
  const active = activeCrossFilters(loaded, crossFilters);
  if (active.length === 0) return null;
  return (
    <section aria-label="Cross-filters" className={styles.crossFilters}>
      <Typography.Title level={5} className={styles.sectionTitle}>
        Cross-filters
      </Typography.Title>
      <ul className={styles.crossFilterList}>
        {active.map((crossFilter) => (
          <li key={crossFilter.chartId} className={styles.crossFilter}>
            <div className={styles.crossFilterText}>
              <Typography.Text strong>{crossFilter.chartName}</Typography.Text>
              <Typography.Text type="secondary">{crossFilter.column}</Typography.Text>
              <Typography.Text>{crossFilter.valueLabel}</Typography.Text>
            </div>
            <Button
              type="text"
              size="small"
              icon={<CloseOutlined />}
              aria-label={`Clear the cross-filter of ${crossFilter.chartName}`}
              onClick={() => onClear(crossFilter.chartId)}
            />
          </li>
        ))}
      </ul>
    </section>
  );
}
