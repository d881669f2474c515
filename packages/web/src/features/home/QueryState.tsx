import { Button, Empty, Skeleton } from 'antd';
import type { ReactNode } from 'react';
import { LoadErrorAlert } from '../../components/LoadErrorAlert';

/** What a home section says when it has nothing to show, and where to go to make some. */
export interface EmptyHint {
  title: string;
  hint: string;
  link?: { label: string; href: string };
}

/**
 * One home section's content by its query's state: a skeleton while loading, an error with
 * a retry, the empty hint, or the rows.
 */
export function QueryState<T>({
  query,
  what,
  empty,
  children,
}: {
  query: {
    data: readonly T[] | undefined;
    isPending: boolean;
    isError: boolean;
    error: unknown;
    refetch: () => unknown;
  };
  /** What failed to load ("dashboards"). */
  what: string;
  empty: EmptyHint;
  children: (rows: readonly T[]) => ReactNode;
}) {
  if (query.isPending) return <Skeleton active paragraph={{ rows: 2 }} />;
  if (query.isError || !query.data) {
    return (
      <LoadErrorAlert
        message={`Could not load ${what}`}
        error={query.error}
        onRetry={() => void query.refetch()}
      />
    );
  }
  if (query.data.length === 0) {
    return (
      <Empty
        image={Empty.PRESENTED_IMAGE_SIMPLE}
        description={
          <>
            <strong>{empty.title}</strong>
            <br />
            {empty.hint}
          </>
        }
      >
        {empty.link && (
          <Button type="primary" href={empty.link.href}>
            {empty.link.label}
          </Button>
        )}
      </Empty>
    );
  }
  return children(query.data);
}
