import { PAGES } from '@superset-ts/shared';
import { useQuery } from '@tanstack/react-query';
import { Button, Result, Spin } from 'antd';
import { ApiRequestError } from '../../api/api-request-error';
import { useDocumentTitle } from '../../app/useDocumentTitle';
import { LoadErrorAlert } from '../../components/LoadErrorAlert';
import { fetchExploreBootstrap } from './api/explore-api';
import { ExploreWorkspace } from './ExploreWorkspace';
import styles from './ExplorePage.module.css';
import { useExploreRequest } from './useExploreRequest';

function BackToDatasets() {
  return (
    <Button type="primary" href={PAGES.datasetsList.path}>
      Go to Datasets
    </Button>
  );
}

/** Why Explore could not open: the server's reason for a refusal or a missing chart. */
function OpenFailure({ error, onRetry }: { error: unknown; onRetry: () => void }) {
  if (error instanceof ApiRequestError && error.status === 403) {
    return (
      <Result
        status="403"
        title="Access denied"
        subTitle={error.message}
        extra={<BackToDatasets />}
      />
    );
  }
  if (error instanceof ApiRequestError && error.status === 404) {
    return (
      <Result
        status="404"
        title="Not found"
        subTitle={error.message || 'The chart or saved state does not exist.'}
        extra={<BackToDatasets />}
      />
    );
  }
  return (
    <div className={styles.pageMessage}>
      <LoadErrorAlert message="Explore could not be opened" error={error} onRetry={onRetry} />
    </div>
  );
}

/**
 * `/explore/` and `/superset/explore/p/{key}/`: the chart builder, opened on a dataset, a
 * saved chart, an unsaved state or a permalink, as the URL names.
 */
export function ExplorePage() {
  useDocumentTitle('Explore');
  const { opening, replaceUrl } = useExploreRequest();
  const { request, session } = opening;
  const bootstrap = useQuery({
    queryKey: ['explore', 'bootstrap', session, request],
    queryFn: () => fetchExploreBootstrap(request.kind === 'open' ? request.query : {}),
    enabled: request.kind === 'open',
    // The workspace owns its state once open; a refetch must not reset it.
    staleTime: Infinity,
    refetchOnWindowFocus: false,
    retry: false,
  });

  if (request.kind === 'empty') {
    return (
      <Result
        status="info"
        title="Choose a dataset to explore"
        subTitle="Open a dataset from the Datasets list to build a chart on it."
        extra={<BackToDatasets />}
      />
    );
  }
  if (request.kind === 'invalid') {
    return (
      <Result status="warning" title="This link cannot be opened" subTitle={request.message} />
    );
  }
  if (bootstrap.isError) {
    return <OpenFailure error={bootstrap.error} onRetry={() => void bootstrap.refetch()} />;
  }
  if (bootstrap.isPending) {
    return (
      <div className={styles.pageMessage} role="status" aria-label="Loading Explore">
        <Spin tip="Loading the chart…">
          <div style={{ height: 80 }} />
        </Spin>
      </div>
    );
  }
  return (
    <ExploreWorkspace
      key={session}
      bootstrap={bootstrap.data}
      vizTypeHint={request.vizType}
      formDataKey={request.query.form_data_key}
      replaceUrl={replaceUrl}
    />
  );
}
