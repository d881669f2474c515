import type { DatasetDetail } from '@superset-ts/shared';
import { Alert, Badge, Button, Modal, Spin, Tabs, Tag, Typography, message } from 'antd';
import { useMemo, useState } from 'react';
import { fetchDataset } from '../../../api/datasets';
import { ApiValidationError } from '../../../api/json-request';
import { LoadErrorAlert } from '../../../components/LoadErrorAlert';
import { useDataset, useDatasetMutations } from '../useDatasets';
import { CalculatedColumnsTab, ColumnsTab } from './ColumnsTab';
import {
  isCalculated,
  mergeSyncedColumns,
  toDatasetDraft,
  toDatasetUpdate,
  type DatasetDraft,
} from './dataset-draft';
import styles from './DatasourceModal.module.css';
import { draftProblems, type DraftProblem, type DraftTab } from './draft-problems';
import { MetricsTab } from './MetricsTab';
import { SettingsTab } from './SettingsTab';
import { SourceTab } from './SourceTab';

const WIDTH = 1040;

function errorText(error: unknown): string {
  if (error instanceof ApiValidationError) {
    const fields = Object.entries(error.fields).map(
      ([field, problems]) => `${field}: ${problems.join(', ')}`,
    );
    return fields.length ? `${error.message} (${fields.join('; ')})` : error.message;
  }
  return error instanceof Error ? error.message : 'Something went wrong.';
}

function Problems({
  problems,
  onShow,
}: {
  problems: readonly DraftProblem[];
  onShow: (tab: DraftTab) => void;
}) {
  return (
    <Alert
      className={styles.problems}
      type="error"
      showIcon
      role="alert"
      message="Fix these before saving"
      description={
        <ul>
          {problems.map((problem) => (
            <li key={`${problem.tab}:${problem.message}`}>
              <Typography.Link onClick={() => onShow(problem.tab)}>
                {problem.message}
              </Typography.Link>
            </li>
          ))}
        </ul>
      }
    />
  );
}

function tabLabel(label: string, count?: number) {
  return count === undefined ? (
    label
  ) : (
    <span>
      {label} <Badge count={count} showZero color="#d9d9d9" style={{ color: '#333' }} />
    </span>
  );
}

/** The editor once the dataset is loaded: the draft, its tabs, sync and save. */
function DatasourceEditor({
  dataset,
  onClose,
  onSaved,
}: {
  dataset: DatasetDetail;
  onClose: () => void;
  onSaved: (name: string) => void;
}) {
  const initial = useMemo(() => toDatasetDraft(dataset), [dataset]);
  const [draft, setDraft] = useState<DatasetDraft>(initial);
  const [tab, setTab] = useState<DraftTab>('source');
  const [isUnlocked, setIsUnlocked] = useState(false);
  const [problems, setProblems] = useState<DraftProblem[]>([]);
  const [saveError, setSaveError] = useState<string | null>(null);
  const [modal, modalHolder] = Modal.useModal();
  const [toast, toastHolder] = message.useMessage();
  const { update, refresh } = useDatasetMutations();
  const patch = (change: Partial<DatasetDraft>) => setDraft((prev) => ({ ...prev, ...change }));

  const isDirty =
    JSON.stringify(toDatasetUpdate(draft)) !== JSON.stringify(toDatasetUpdate(initial));
  const isSourceChanged =
    draft.table_name !== initial.table_name ||
    draft.schema !== initial.schema ||
    draft.sql !== initial.sql;

  const handleSync = async () => {
    try {
      await refresh.mutateAsync(dataset.id);
      const synced = await fetchDataset(dataset.id);
      const before = new Set(draft.columns.map((column) => column.column_name));
      const after = new Set(synced.columns.map((column) => column.column_name));
      const added = [...after].filter((name) => !before.has(name)).length;
      const removed = [...before].filter((name) => !after.has(name)).length;
      setDraft((prev) => ({ ...prev, columns: mergeSyncedColumns(prev.columns, synced.columns) }));
      void toast.success(
        added || removed
          ? `Columns synced: ${added} added, ${removed} removed`
          : 'Columns synced: no change in the source',
      );
    } catch (error) {
      void toast.error(`The columns could not be synced: ${errorText(error)}`);
    }
  };

  const save = async () => {
    setSaveError(null);
    try {
      await update.mutateAsync({ id: dataset.id, body: toDatasetUpdate(draft) });
      onSaved(draft.table_name.trim());
      onClose();
    } catch (error) {
      setSaveError(errorText(error));
    }
  };

  const handleSave = () => {
    const found = draftProblems(draft);
    setProblems(found);
    if (found[0]) {
      setTab(found[0].tab);
      return;
    }
    void modal.confirm({
      title: 'Confirm save',
      content:
        'These settings apply to every chart built on this dataset. Charts owned by others may change too.',
      okText: 'Save',
      onOk: save,
    });
  };

  const handleCancel = () => {
    if (!isDirty) {
      onClose();
      return;
    }
    void modal.confirm({
      title: 'Discard your changes?',
      content: 'The changes made in this dialog are not saved.',
      okText: 'Discard',
      okButtonProps: { danger: true },
      cancelText: 'Keep editing',
      onOk: onClose,
    });
  };

  const calculatedCount = draft.columns.filter(isCalculated).length;
  return (
    <Modal
      open
      width={WIDTH}
      title={
        <span>
          Edit dataset <Typography.Text code>{dataset.table_name}</Typography.Text>{' '}
          <Tag color={dataset.kind === 'virtual' ? 'purple' : 'default'}>
            {dataset.kind === 'virtual' ? 'Virtual' : 'Physical'}
          </Tag>
        </span>
      }
      onCancel={handleCancel}
      maskClosable={false}
      destroyOnHidden
      footer={[
        <Button key="cancel" onClick={handleCancel}>
          Cancel
        </Button>,
        <Button key="save" type="primary" loading={update.isPending} onClick={handleSave}>
          Save
        </Button>,
      ]}
    >
      {modalHolder}
      {toastHolder}
      {problems.length > 0 && <Problems problems={problems} onShow={setTab} />}
      {saveError && (
        <Alert
          className={styles.problems}
          type="error"
          showIcon
          role="alert"
          message="The dataset was not saved"
          description={saveError}
        />
      )}
      <Tabs
        activeKey={tab}
        onChange={(key) => setTab(key as DraftTab)}
        items={[
          {
            key: 'source',
            label: 'Source',
            children: (
              <SourceTab
                dataset={dataset}
                draft={draft}
                isUnlocked={isUnlocked}
                onToggleLock={() => setIsUnlocked((prev) => !prev)}
                onChange={patch}
              />
            ),
          },
          {
            key: 'metrics',
            label: tabLabel('Metrics', draft.metrics.length),
            children: (
              <MetricsTab metrics={draft.metrics} onChange={(metrics) => patch({ metrics })} />
            ),
          },
          {
            key: 'columns',
            label: tabLabel('Columns', draft.columns.length - calculatedCount),
            children: (
              <ColumnsTab
                columns={draft.columns}
                isSyncing={refresh.isPending}
                canSync={!isSourceChanged}
                onChange={(columns) => patch({ columns })}
                onSync={() => void handleSync()}
              />
            ),
          },
          {
            key: 'calculated',
            label: tabLabel('Calculated columns', calculatedCount),
            children: (
              <CalculatedColumnsTab
                columns={draft.columns}
                onChange={(columns) => patch({ columns })}
              />
            ),
          },
          {
            key: 'settings',
            label: 'Settings',
            children: <SettingsTab dataset={dataset} draft={draft} onChange={patch} />,
          },
        ]}
      />
    </Modal>
  );
}

/**
 * Superset's DatasourceModal: edits a dataset's source, metrics, columns, calculated columns
 * and settings, and saves them all in one PUT after a confirmation.
 */
export function DatasourceModal({
  datasetId,
  onClose,
  onSaved,
}: {
  datasetId: number;
  onClose: () => void;
  onSaved: (name: string) => void;
}) {
  const dataset = useDataset(datasetId);
  if (dataset.data) {
    return <DatasourceEditor dataset={dataset.data} onClose={onClose} onSaved={onSaved} />;
  }
  return (
    <Modal open width={WIDTH} title="Edit dataset" footer={null} onCancel={onClose} destroyOnHidden>
      {dataset.isError ? (
        <LoadErrorAlert
          message="The dataset could not be loaded"
          error={dataset.error}
          onRetry={() => void dataset.refetch()}
        />
      ) : (
        <div role="status" style={{ display: 'flex', justifyContent: 'center', padding: 48 }}>
          <Spin tip="Loading the dataset…">
            <div style={{ width: 120, height: 40 }} />
          </Spin>
        </div>
      )}
    </Modal>
  );
}
