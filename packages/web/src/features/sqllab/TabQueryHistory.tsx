import type { SqlLabQuery } from '@superset-ts/shared';
import { Button, Empty, Table, Tag, Tooltip, Typography } from 'antd';
import { queryStateColor } from './query-state-color';
import styles from './SqlLab.module.css';

function duration(query: SqlLabQuery): string {
  if (query.startDttm === null || query.endDttm === null) return '';
  return `${((query.endDttm - query.startDttm) / 1000).toFixed(2)} s`;
}

/** The queries this tab ran, newest first, each of which can be put back in the editor. */
export function TabQueryHistory({
  queries,
  onOpen,
}: {
  queries: readonly SqlLabQuery[];
  onOpen: (sql: string) => void;
}) {
  const rows = [...queries].sort((a, b) => (b.startDttm ?? 0) - (a.startDttm ?? 0));
  return (
    <Table<SqlLabQuery>
      rowKey="id"
      size="small"
      dataSource={rows}
      pagination={false}
      scroll={{ y: 260 }}
      locale={{
        emptyText: (
          <Empty
            image={Empty.PRESENTED_IMAGE_SIMPLE}
            description="No queries run in this tab yet"
          />
        ),
      }}
      columns={[
        {
          title: 'State',
          dataIndex: 'state',
          width: 100,
          render: (state: SqlLabQuery['state']) => (
            <Tag color={queryStateColor(state)}>{state}</Tag>
          ),
        },
        {
          title: 'Started',
          dataIndex: 'startDttm',
          width: 170,
          render: (start: number | null) =>
            start === null ? '' : new Date(start).toLocaleString(),
        },
        { title: 'Duration', key: 'duration', width: 90, render: (_v, q) => duration(q) },
        {
          title: 'Rows',
          dataIndex: 'rows',
          width: 90,
          align: 'right',
          render: (rows: number | null) => rows?.toLocaleString('en-US') ?? '',
        },
        {
          title: 'SQL',
          dataIndex: 'sql',
          render: (sql: string) => (
            <Typography.Text className={styles.sqlSnippet} ellipsis={{ tooltip: sql }}>
              {sql}
            </Typography.Text>
          ),
        },
        {
          title: '',
          key: 'open',
          width: 70,
          render: (_v, query) => (
            <Tooltip title="Put this SQL back in the editor">
              <Button size="small" type="link" onClick={() => onOpen(query.sql)}>
                Open
              </Button>
            </Tooltip>
          ),
        },
      ]}
    />
  );
}
