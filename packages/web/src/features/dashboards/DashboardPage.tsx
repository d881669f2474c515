import { PAGES } from '@superset-ts/shared';
import { useQueryClient } from '@tanstack/react-query';
import { Button, Result, Spin } from 'antd';
import { useLocation, useParams } from 'react-router';
import { ApiRequestError } from '../../api/api-request-error';
import { useDocumentTitle } from '../../app/useDocumentTitle';
import { LoadErrorAlert } from '../../components/LoadErrorAlert';
import type { LoadedDashboard } from './dashboard-contracts';
import { DashboardView } from './DashboardView';
import {
  loadedDashboardKey,
  useDashboardPermalink,
  useLoadedDashboard,
} from './load/useLoadedDashboard';

function BackToDashboards() {
  return (
    <Button type="primary" href={PAGES.dashboardsList.path}>
      Go to Dashboards
    </Button>
  );
}

/** Why the dashboard could not open: refused, missing, or a failure to retry. */
function OpenFailure({ error, onRetry }: { error: unknown; onRetry: () => void }) {
  if (error instanceof ApiRequestError && (error.status === 403 || error.status === 404)) {
    const isDenied = error.status === 403;
    return (
      <Result
        status={isDenied ? '403' : '404'}
        title={isDenied ? 'Access denied' : 'Not found'}
        subTitle={error.message || 'The dashboard or shared link does not exist.'}
        extra={<BackToDashboards />}
      />
    );
  }
  return (
    <LoadErrorAlert message="The dashboard could not be opened" error={error} onRetry={onRetry} />
  );
}

/**
 * `/superset/dashboard/{idOrSlug}/` and `/superset/dashboard/p/{key}/`: a dashboard, opened
 * with its default filters, or with the filters and tabs a permalink stored. A `#TAB-...`
 * anchor opens that tab.
 */
export function DashboardPage() {
  const { idOrSlug, key } = useParams();
  const { hash } = useLocation();
  const queryClient = useQueryClient();
  const permalink = useDashboardPermalink(key);
  const dashboardRef = key === undefined ? idOrSlug : permalink.data?.dashboardId;
  const dashboard = useLoadedDashboard(dashboardRef);
  const loaded = dashboard.data;
  useDocumentTitle(loaded?.dashboard.dashboard_title ?? 'Dashboard');

  if (permalink.isError) {
    return <OpenFailure error={permalink.error} onRetry={() => void permalink.refetch()} />;
  }
  if (dashboard.isError) {
    return <OpenFailure error={dashboard.error} onRetry={() => void dashboard.refetch()} />;
  }
  if (!loaded) {
    return <Spin size="large" aria-label="Loading the dashboard" style={{ margin: '20vh auto' }} />;
  }
  const handleLoadedChange = (next: LoadedDashboard) =>
    queryClient.setQueryData(loadedDashboardKey(dashboardRef ?? ''), next);
  return (
    <DashboardView
      key={loaded.dashboard.id}
      loaded={loaded}
      {...(permalink.data ? { permalinkState: permalink.data.state } : {})}
      anchor={hash.startsWith('#') ? decodeURIComponent(hash.slice(1)) : ''}
      onLoadedChange={handleLoadedChange}
    />
  );
}
