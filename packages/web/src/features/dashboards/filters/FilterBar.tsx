import { SettingOutlined } from '@ant-design/icons';
import type { DataMask } from '@superset-ts/shared';
import { Button, Empty, Typography } from 'antd';
import { useState } from 'react';
import type { FilterBarProps } from '../dashboard-contracts';
import { CrossFilterList } from './CrossFilterList';
import { EMPTY_MASK, isMaskEmpty } from './filter-data-mask';
import { FilterConfigModal } from './FilterConfigModal';
import { FilterControl } from './FilterControl';
import styles from './FilterBar.module.css';
import { isNativeFilter } from './native-filter-items';
import {
  hasPendingChanges,
  missingRequiredFilters,
  parentFiltersOf,
  type NativeFilterMasks,
} from './pending-masks';

/**
 * The dashboard's filter bar: its native filters (and dividers) with the control of each
 * type, edited here until Apply; Clear all empties them; the active cross-filters below, each
 * clearable. Owners open the filter configuration from the gear.
 */
export function FilterBar(props: FilterBarProps) {
  const { loaded, applied, canEdit } = props;
  const items = loaded.metadata.native_filter_configuration ?? [];
  const filters = items.filter(isNativeFilter);
  const [pending, setPending] = useState<NativeFilterMasks>(applied.nativeFilters);
  const appliedText = JSON.stringify(applied.nativeFilters);
  const [appliedShown, setAppliedShown] = useState(appliedText);
  const [isConfiguring, setIsConfiguring] = useState(false);
  if (appliedShown !== appliedText) {
    // The page applied other values (Apply, a saved configuration, a permalink): start from them.
    setAppliedShown(appliedText);
    setPending(applied.nativeFilters);
  }

  const missing = missingRequiredFilters(filters, pending);
  const isChanged = hasPendingChanges(filters, pending, applied.nativeFilters);
  const hasAnyValue = filters.some((filter) => !isMaskEmpty(pending[filter.id]));

  function handleChange(filterId: string, mask: DataMask) {
    setPending((current) => ({ ...current, [filterId]: mask }));
  }

  function handleApply() {
    const next: NativeFilterMasks = {};
    for (const filter of filters) next[filter.id] = pending[filter.id] ?? EMPTY_MASK;
    props.onApply(next);
  }

  function handleClearAll() {
    setPending(Object.fromEntries(filters.map((filter) => [filter.id, EMPTY_MASK])));
  }

  return (
    <aside className={styles.bar} aria-label="Filters">
      <div className={styles.header}>
        <Typography.Title level={5} className={styles.sectionTitle}>
          Filters
        </Typography.Title>
        {canEdit ? (
          <Button
            type="text"
            icon={<SettingOutlined />}
            aria-label="Add or edit filters"
            onClick={() => setIsConfiguring(true)}
          />
        ) : null}
      </div>
      {filters.length === 0 ? (
        <Empty
          image={Empty.PRESENTED_IMAGE_SIMPLE}
          description="No filters are currently added to this dashboard."
        />
      ) : (
        <ul className={styles.filters}>
          {items.map((item) =>
            isNativeFilter(item) ? (
              <li key={item.id}>
                <FilterControl
                  filter={item}
                  mask={pending[item.id]}
                  parentFilters={parentFiltersOf(item, pending)}
                  isMissingValue={missing.includes(item)}
                  onChange={(mask) => handleChange(item.id, mask)}
                />
              </li>
            ) : (
              <li key={item.id} className={styles.divider}>
                <div className={styles.dividerTitle}>{item.title}</div>
                {item.description ? (
                  <Typography.Text type="secondary">{item.description}</Typography.Text>
                ) : null}
              </li>
            ),
          )}
        </ul>
      )}
      {filters.length > 0 ? (
        <div className={styles.actions}>
          <Button onClick={handleClearAll} disabled={!hasAnyValue}>
            Clear all
          </Button>
          <Button type="primary" onClick={handleApply} disabled={!isChanged || missing.length > 0}>
            Apply filters
          </Button>
        </div>
      ) : null}
      <CrossFilterList
        loaded={loaded}
        crossFilters={applied.crossFilters}
        onClear={(chartId) => props.onClearCrossFilter(chartId)}
      />
      {isConfiguring ? (
        <FilterConfigModal
          loaded={loaded}
          onCancel={() => setIsConfiguring(false)}
          onSaved={(metadata) => {
            setIsConfiguring(false);
            props.onConfigurationSaved(metadata);
          }}
        />
      ) : null}
    </aside>
  );
}
