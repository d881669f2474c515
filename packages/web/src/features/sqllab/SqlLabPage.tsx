import { useQuery } from '@tanstack/react-query';
import { Spin } from 'antd';
import { ApiRequestError } from '../../api/api-request-error';
import { fetchSqlLabBootstrap } from '../../api/sqllab';
import { useDocumentTitle } from '../../app/useDocumentTitle';
import { AccessDenied } from '../../components/AccessDenied';
import { LoadErrorAlert } from '../../components/LoadErrorAlert';
import { SqlLabEditor } from './SqlLabEditor';
import styles from './SqlLab.module.css';

/** `/sqllab/`: the SQL editor, with its tabs as the user left them. */
export function SqlLabPage() {
  useDocumentTitle('SQL Lab');
  const bootstrap = useQuery({
    queryKey: ['sqllab', 'bootstrap'],
    queryFn: fetchSqlLabBootstrap,
    // The editor owns its state after start-up; a refetch would reset the tabs.
    staleTime: Infinity,
    refetchOnWindowFocus: false,
  });
  if (bootstrap.error instanceof ApiRequestError && bootstrap.error.status === 403) {
    return <AccessDenied what="use SQL Lab" />;
  }
  if (bootstrap.isError) {
    return (
      <div className={styles.loading}>
        <LoadErrorAlert
          message="SQL Lab could not be opened"
          error={bootstrap.error}
          onRetry={() => void bootstrap.refetch()}
        />
      </div>
    );
  }
  if (bootstrap.isPending) {
    return (
      <div className={styles.loading}>
        <Spin tip="Loading SQL Lab…">
          <div style={{ height: 80 }} />
        </Spin>
      </div>
    );
  }
  return <SqlLabEditor bootstrap={bootstrap.data} />;
}
