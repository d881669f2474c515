import { Card, Typography } from 'antd';
import { useState } from 'react';
import { AccessDenied } from '../../components/AccessDenied';
import { LoadErrorAlert } from '../../components/LoadErrorAlert';
import { ApiRequestError } from '../../api/api-request-error';
import { useDocumentTitle } from '../../app/useDocumentTitle';
import { ActionLogFilters } from './ActionLogFilters';
import { ActionLogTable } from './ActionLogTable';
import {
  NO_FILTERS,
  hasFilters,
  toLogListQuery,
  type ActionLogFilterValues,
  type ActionLogPaging,
} from './action-log-query';
import { useActionLog } from './useActionLog';
import styles from './ActionLogPage.module.css';

const FIRST_PAGE: ActionLogPaging = { page: 0, pageSize: 25 };

/** `/actionlog/list/`: every recorded action, newest first, for administrators. */
export function ActionLogPage() {
  useDocumentTitle('Action Log');
  const [filters, setFilters] = useState<ActionLogFilterValues>(NO_FILTERS);
  const [paging, setPaging] = useState<ActionLogPaging>(FIRST_PAGE);
  const log = useActionLog(toLogListQuery(filters, paging));

  const handleFiltersChange = (next: ActionLogFilterValues) => {
    setFilters(next);
    setPaging((current) => ({ ...current, page: 0 }));
  };

  if (log.error instanceof ApiRequestError && log.error.status === 403) {
    return <AccessDenied what="view the action log" />;
  }

  return (
    <div className={styles.page}>
      <Typography.Title level={2} className={styles.title}>
        Action Log
      </Typography.Title>
      <Card size="small" className={styles.card}>
        <div className={styles.toolbar}>
          <ActionLogFilters value={filters} onChange={handleFiltersChange} />
        </div>
        {log.isError && (
          <LoadErrorAlert
            className={styles.error}
            message="The action log could not be loaded"
            error={log.error}
            retryLabel="Try again"
            onRetry={() => void log.refetch()}
          />
        )}
        <ActionLogTable
          entries={log.data?.result ?? []}
          total={log.data?.count ?? 0}
          page={paging.page}
          pageSize={paging.pageSize}
          isLoading={log.isFetching}
          emptyText={
            hasFilters(filters) ? 'No log entries match these filters' : 'No log entries yet'
          }
          onPageChange={(page, pageSize) =>
            setPaging((current) => ({ page: pageSize === current.pageSize ? page : 0, pageSize }))
          }
        />
      </Card>
    </div>
  );
}
