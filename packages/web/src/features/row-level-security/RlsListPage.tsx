import { RLS_FILTER_TYPES, type RlsListItem } from '@superset-ts/shared';
import { Empty, Input, Modal, Select, message } from 'antd';
import { useEffect, useState } from 'react';
import { ApiRequestError } from '../../api/api-request-error';
import { useDocumentTitle } from '../../app/useDocumentTitle';
import { AccessDenied } from '../../components/AccessDenied';
import { ListPageLayout } from '../../components/ListPageLayout';
import listStyles from '../../components/ListPageLayout.module.css';
import { LoadErrorAlert } from '../../components/LoadErrorAlert';
import { nextTablePage, type TablePageState } from '../../components/table-change';
import type { RlsListRequest } from './rls-api';
import { RlsFormModal, toRlsRuleBody, type RlsFormValues } from './RlsFormModal';
import { RlsTable } from './RlsTable';
import { useRlsRuleList, useRlsRuleMutations } from './useRlsRules';

type SortColumn = RlsListRequest['order_column'];

const DEFAULT_SORT = { column: 'changed_on_delta_humanized', direction: 'desc' } as const;

function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : 'Something went wrong.';
}

/**
 * `/rowlevelsecurity/list/`: Superset's Row Level Security page, to add, search, edit and
 * delete the WHERE clauses added to datasets' queries per role.
 */
export function RlsListPage() {
  useDocumentTitle('Row Level Security');
  const [search, setSearch] = useState('');
  const [appliedSearch, setAppliedSearch] = useState('');
  const [filterType, setFilterType] = useState<string | null>(null);
  const [paging, setPaging] = useState<TablePageState<SortColumn>>({
    sort: DEFAULT_SORT,
    pageSize: 25,
    page: 0,
  });
  const [editing, setEditing] = useState<RlsListItem | 'new' | null>(null);
  const [modal, modalHolder] = Modal.useModal();
  const [toast, toastHolder] = message.useMessage();
  const { create, update, remove } = useRlsRuleMutations();

  useEffect(() => {
    const timer = setTimeout(() => {
      setAppliedSearch(search.trim());
      setPaging((prev) => ({ ...prev, page: 0 }));
    }, 300);
    return () => clearTimeout(timer);
  }, [search]);

  const list = useRlsRuleList({
    filters: [
      ...(appliedSearch ? [{ col: 'name', opr: 'ct', value: appliedSearch } as const] : []),
      ...(filterType ? [{ col: 'filter_type', opr: 'eq', value: filterType } as const] : []),
    ],
    order_column: paging.sort.column,
    order_direction: paging.sort.direction,
    page: paging.page,
    page_size: paging.pageSize,
  });

  const handleSave = async (values: RlsFormValues) => {
    const body = toRlsRuleBody(values);
    if (editing === 'new') {
      await create.mutateAsync(body);
      void toast.success(`Rule ${body.name} added`);
    } else if (editing) {
      await update.mutateAsync({ id: editing.id, body });
      void toast.success(`Rule ${body.name} saved`);
    }
  };

  const handleDelete = (rule: RlsListItem) => {
    void modal.confirm({
      title: `Delete the rule ${rule.name}?`,
      content: 'Its clause stops filtering the queries of its datasets. This cannot be undone.',
      okText: 'Delete',
      okButtonProps: { danger: true },
      onOk: async () => {
        try {
          await remove.mutateAsync(rule.id);
          void toast.success(`Rule ${rule.name} deleted`);
        } catch (error) {
          void toast.error(errorMessage(error));
        }
      },
    });
  };

  if (list.error instanceof ApiRequestError && list.error.status === 403) {
    return <AccessDenied what="manage row level security" />;
  }
  const isFiltered = appliedSearch !== '' || filterType !== null;

  return (
    <ListPageLayout
      title="Row Level Security"
      count={list.data?.count}
      addLabel="Rule"
      onAdd={() => setEditing('new')}
    >
      {modalHolder}
      {toastHolder}
      <div className={listStyles.toolbar} role="search" aria-label="Filter rules">
        <Input.Search
          aria-label="Search by name"
          placeholder="Search by name"
          allowClear
          value={search}
          onChange={(event) => setSearch(event.target.value)}
          style={{ width: 280 }}
        />
        <Select
          aria-label="Filter type"
          placeholder="Any filter type"
          allowClear
          style={{ width: 180 }}
          value={filterType ?? undefined}
          options={RLS_FILTER_TYPES.map((value) => ({ value, label: value }))}
          onChange={(value: string | undefined) => {
            setFilterType(value ?? null);
            setPaging((prev) => ({ ...prev, page: 0 }));
          }}
        />
      </div>
      {list.isError ? (
        <LoadErrorAlert
          message="The rules could not be loaded"
          error={list.error}
          onRetry={() => void list.refetch()}
        />
      ) : (
        <RlsTable
          rules={list.data?.result ?? []}
          total={list.data?.count ?? 0}
          page={paging.page}
          pageSize={paging.pageSize}
          sort={paging.sort}
          isLoading={list.isFetching}
          emptyText={
            <Empty
              image={Empty.PRESENTED_IMAGE_SIMPLE}
              description={isFiltered ? 'No rule matches these filters' : 'No rules yet'}
            />
          }
          onChange={(pagination, sorter) =>
            setPaging((prev) => nextTablePage(prev, pagination, sorter, DEFAULT_SORT))
          }
          onEdit={(rule) => setEditing(rule)}
          onDelete={handleDelete}
        />
      )}
      {editing !== null && (
        <RlsFormModal
          rule={editing === 'new' ? null : editing}
          onSave={handleSave}
          onClose={() => setEditing(null)}
        />
      )}
    </ListPageLayout>
  );
}
