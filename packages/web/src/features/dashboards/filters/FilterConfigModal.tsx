import { PlusOutlined } from '@ant-design/icons';
import type { DashboardJsonMetadata } from '@superset-ts/shared';
import { useMutation } from '@tanstack/react-query';
import { Alert, Button, Empty, Modal } from 'antd';
import { useState } from 'react';
import { updateDashboard } from '../../../api/dashboards';
import type { LoadedDashboard } from '../dashboard-contracts';
import { DividerForm } from './config/DividerForm';
import styles from './config/FilterConfigModal.module.css';
import { FilterItemList, itemTitle } from './config/FilterItemList';
import { metadataWithFilters } from './config/metadata-with-filters';
import { NativeFilterForm } from './config/NativeFilterForm';
import { newDivider, newNativeFilter } from './config/new-filter-items';
import { useDashboardDatasets } from './config/useDashboardDatasets';
import {
  validateFilterConfiguration,
  type FilterConfigurationErrors,
} from './config/validate-filter-configuration';
import { isNativeFilter, type FilterBarItem } from './native-filter-items';

function moved(items: readonly FilterBarItem[], id: string, offset: -1 | 1): FilterBarItem[] {
  const from = items.findIndex((item) => item.id === id);
  const to = from + offset;
  if (from < 0 || to < 0 || to >= items.length) return [...items];
  const next = [...items];
  const [item] = next.splice(from, 1);
  if (item) next.splice(to, 0, item);
  return next;
}

/**
 * The owners' editor of the dashboard's native filters: add, edit, reorder and remove filters
 * and dividers, then save them into the dashboard's metadata (every other key kept).
 */
export function FilterConfigModal({
  loaded,
  onCancel,
  onSaved,
}: {
  loaded: LoadedDashboard;
  onCancel: () => void;
  onSaved: (metadata: DashboardJsonMetadata) => void;
}) {
  const [items, setItems] = useState<FilterBarItem[]>(
    () => loaded.metadata.native_filter_configuration ?? [],
  );
  const [selectedId, setSelectedId] = useState<string | undefined>(items[0]?.id);
  const [errors, setErrors] = useState<FilterConfigurationErrors>({});
  const datasets = useDashboardDatasets(loaded.dashboard.id);
  const save = useMutation({
    mutationFn: async (metadata: DashboardJsonMetadata) => {
      await updateDashboard(loaded.dashboard.id, { json_metadata: JSON.stringify(metadata) });
      return metadata;
    },
    onSuccess: onSaved,
  });

  const selected = items.find((item) => item.id === selectedId);
  const filters = items.filter(isNativeFilter);

  function replaceItem(next: FilterBarItem) {
    setItems((current) => current.map((item) => (item.id === next.id ? next : item)));
  }

  function addItem(item: FilterBarItem) {
    setItems((current) => [...current, item]);
    setSelectedId(item.id);
  }

  function handleRemove(id: string) {
    const next = items
      .filter((item) => item.id !== id)
      .map((item) =>
        isNativeFilter(item) && item.cascadeParentIds?.includes(id)
          ? { ...item, cascadeParentIds: item.cascadeParentIds.filter((parent) => parent !== id) }
          : item,
      );
    setItems(next);
    if (selectedId === id) setSelectedId(next[0]?.id);
  }

  function handleSave() {
    const found = validateFilterConfiguration(items);
    setErrors(found);
    const firstInvalid = items.find((item) => found[item.id]);
    if (firstInvalid) {
      setSelectedId(firstInvalid.id);
      return;
    }
    save.mutate(metadataWithFilters(loaded, items));
  }

  const selectedErrors = selected ? (errors[selected.id] ?? []) : [];
  return (
    <Modal
      open
      title="Add and edit filters"
      width={960}
      okText="Save"
      onOk={handleSave}
      okButtonProps={{ loading: save.isPending }}
      onCancel={onCancel}
      destroyOnHidden
    >
      {save.isError ? (
        <Alert
          type="error"
          showIcon
          message={`The filters were not saved: ${save.error.message}`}
          style={{ marginBottom: 12 }}
        />
      ) : null}
      {datasets.isError ? (
        <Alert
          type="warning"
          showIcon
          message={`The dashboard's datasets could not be loaded: ${datasets.error.message}`}
          style={{ marginBottom: 12 }}
        />
      ) : null}
      <div className={styles.body}>
        <div className={styles.sidebar}>
          <div className={styles.addButtons}>
            <Button icon={<PlusOutlined />} onClick={() => addItem(newNativeFilter())}>
              Add filter
            </Button>
            <Button icon={<PlusOutlined />} onClick={() => addItem(newDivider())}>
              Add divider
            </Button>
          </div>
          <FilterItemList
            items={items}
            selectedId={selectedId}
            invalidIds={new Set(Object.keys(errors))}
            onSelect={setSelectedId}
            onMove={(id, offset) => setItems((current) => moved(current, id, offset))}
            onRemove={handleRemove}
          />
        </div>
        <section
          className={styles.form}
          aria-label={selected ? `Settings of ${itemTitle(selected)}` : 'Settings'}
        >
          {selectedErrors.length > 0 ? (
            <Alert
              type="error"
              showIcon
              role="alert"
              message={selectedErrors.join(' ')}
              style={{ marginBottom: 12 }}
            />
          ) : null}
          {!selected ? (
            <Empty description="No filters yet: add a filter or a divider." />
          ) : isNativeFilter(selected) ? (
            <NativeFilterForm
              key={selected.id}
              filter={selected}
              otherFilters={filters.filter((filter) => filter.id !== selected.id)}
              loaded={loaded}
              datasets={datasets.data ?? []}
              isLoadingDatasets={datasets.isLoading}
              onChange={replaceItem}
            />
          ) : (
            <DividerForm key={selected.id} divider={selected} onChange={replaceItem} />
          )}
        </section>
      </div>
    </Modal>
  );
}
