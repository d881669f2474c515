import { PAGES, type SavedQuery } from '@superset-ts/shared';
import { useQuery } from '@tanstack/react-query';
import { Card, List, Typography } from 'antd';
import { fetchSavedQueries } from '../../api/sqllab';
import { openInSqlLabUrl } from '../sqllab/sqllab-links';
import { QueryState } from './QueryState';

const LIMIT = 6;

/** "Saved queries": the user's latest saved queries, each opening in SQL Lab. */
export function SavedQueriesSection() {
  const list = useQuery({
    queryKey: ['home', 'saved-queries'],
    queryFn: () =>
      fetchSavedQueries({
        filters: [],
        order_column: 'changed_on',
        order_direction: 'desc',
        page: 0,
        page_size: LIMIT,
      }),
  });
  return (
    <Card
      title="Saved queries"
      size="small"
      extra={
        <Typography.Link href={PAGES.savedQueriesList.path} aria-label="View all saved queries">
          View all
        </Typography.Link>
      }
    >
      <QueryState
        query={{ ...list, data: list.data?.result }}
        what="saved queries"
        empty={{
          title: 'No saved queries yet',
          hint: 'Write a query in SQL Lab and save it to find it here.',
          link: { label: 'Open SQL Lab', href: PAGES.sqlLab.path },
        }}
      >
        {(queries) => (
          <List
            size="small"
            dataSource={[...queries]}
            rowKey="id"
            renderItem={(query: SavedQuery) => (
              <List.Item
                extra={
                  <Typography.Text type="secondary">
                    {query.changed_on_delta_humanized}
                  </Typography.Text>
                }
              >
                <List.Item.Meta
                  title={
                    <Typography.Link href={openInSqlLabUrl({ savedQueryId: query.id })}>
                      {query.label}
                    </Typography.Link>
                  }
                  description={query.database.database_name}
                />
              </List.Item>
            )}
          />
        )}
      </QueryState>
    </Card>
  );
}
