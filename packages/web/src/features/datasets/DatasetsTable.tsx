import {
  CopyOutlined,
  DeleteOutlined,
  EditOutlined,
  SafetyCertificateOutlined,
  WarningOutlined,
} from '@ant-design/icons';
import type { DatasetListItem } from '@superset-ts/shared';
import { Space, Tag, Tooltip, Typography, type TableProps } from 'antd';
import type { ReactNode } from 'react';
import { ListTable } from '../../components/ListTable';
import { OwnerAvatars } from '../../components/OwnerAvatars';
import { RowActionButton } from '../../components/RowActionButton';
import { sortableColumn } from '../../components/sortable-column';
import { readDatasetExtra } from './dataset-extra';
import {
  DEFAULT_DATASET_SORT,
  type DatasetListState,
  type DatasetSortColumn,
} from './dataset-list-state';

/** What a row's action buttons ask the page to do; absent when the user may not change datasets. */
export interface DatasetRowActions {
  onEdit(dataset: DatasetListItem): void;
  onDuplicate(dataset: DatasetListItem): void;
  onDelete(dataset: DatasetListItem): void;
}

function DatasetName({ dataset }: { dataset: DatasetListItem }) {
  const info = readDatasetExtra(dataset.extra);
  return (
    <Space size={6}>
      {info.certifiedBy && (
        <Tooltip
          title={`Certified by ${info.certifiedBy}${info.certificationDetails ? `: ${info.certificationDetails}` : ''}`}
        >
          <SafetyCertificateOutlined aria-label="Certified" style={{ color: '#1890ff' }} />
        </Tooltip>
      )}
      {info.warningMarkdown && (
        <Tooltip title={info.warningMarkdown}>
          <WarningOutlined aria-label="Warning" style={{ color: '#fbc700' }} />
        </Tooltip>
      )}
      <Typography.Link strong href={dataset.explore_url}>
        {dataset.table_name}
      </Typography.Link>
    </Space>
  );
}

function columns(state: DatasetListState, actions: DatasetRowActions | undefined) {
  const sortable = (column: DatasetSortColumn) => sortableColumn(state.sort, column);
  const result: NonNullable<TableProps<DatasetListItem>['columns']> = [
    {
      title: 'Name',
      dataIndex: 'table_name',
      ...sortable('table_name'),
      render: (_name: string, dataset) => <DatasetName dataset={dataset} />,
    },
    {
      title: 'Type',
      dataIndex: 'kind',
      key: 'kind',
      render: (kind: DatasetListItem['kind']) =>
        kind === 'virtual' ? <Tag color="purple">Virtual</Tag> : <Tag>Physical</Tag>,
    },
    {
      title: 'Database',
      dataIndex: ['database', 'database_name'],
      ...sortable('database.database_name'),
    },
    { title: 'Schema', dataIndex: 'schema', ...sortable('schema') },
    {
      title: 'Owners',
      dataIndex: 'owners',
      key: 'owners',
      render: (owners: DatasetListItem['owners']) => <OwnerAvatars owners={owners} />,
    },
    {
      title: 'Last modified',
      dataIndex: 'changed_on_delta_humanized',
      ...sortable('changed_on_delta_humanized'),
      render: (when: string, dataset) => (
        <Tooltip title={dataset.changed_by_name ? `by ${dataset.changed_by_name}` : undefined}>
          {when}
        </Tooltip>
      ),
    },
  ];
  if (actions) {
    result.push({
      title: 'Actions',
      key: 'actions',
      align: 'right',
      render: (_value, dataset) => (
        <span style={{ whiteSpace: 'nowrap' }}>
          <RowActionButton
            title="Edit"
            label={`Edit ${dataset.table_name}`}
            icon={<EditOutlined />}
            onClick={() => actions.onEdit(dataset)}
          />
          {dataset.kind === 'virtual' && (
            <RowActionButton
              title="Duplicate"
              label={`Duplicate ${dataset.table_name}`}
              icon={<CopyOutlined />}
              onClick={() => actions.onDuplicate(dataset)}
            />
          )}
          <RowActionButton
            title="Delete"
            label={`Delete ${dataset.table_name}`}
            icon={<DeleteOutlined />}
            isDanger
            onClick={() => actions.onDelete(dataset)}
          />
        </span>
      ),
    });
  }
  return result;
}

/** The datasets table: server-side sorting and paging, row selection for bulk delete. */
export function DatasetsTable({
  datasets,
  total,
  isLoading,
  state,
  actions,
  selectedIds,
  emptyText,
  onSelect,
  onTableChange,
}: {
  datasets: readonly DatasetListItem[];
  total: number;
  isLoading: boolean;
  state: DatasetListState;
  actions: DatasetRowActions | undefined;
  /** Null when rows cannot be selected (the user may not delete). */
  selectedIds: readonly number[] | null;
  emptyText: ReactNode;
  onSelect: (ids: number[]) => void;
  onTableChange: (change: Partial<Pick<DatasetListState, 'sort' | 'page' | 'pageSize'>>) => void;
}) {
  return (
    <ListTable<DatasetListItem, DatasetSortColumn>
      rows={datasets}
      columns={columns(state, actions)}
      total={total}
      isLoading={isLoading}
      state={state}
      defaultSort={DEFAULT_DATASET_SORT}
      noun="datasets"
      nameOf={(dataset) => dataset.table_name}
      selectedIds={selectedIds}
      emptyText={emptyText}
      onSelect={onSelect}
      onTableChange={onTableChange}
    />
  );
}
