import type { LogEntry } from '@superset-ts/shared';
import { Empty, Table, Tag, Typography } from 'antd';
import type { TableColumnsType, TablePaginationConfig } from 'antd';
import { formatDuration, formatLogTime, formatLogUser } from './format-log-entry';
import { LogEntryDetails } from './LogEntryDetails';
import styles from './ActionLogPage.module.css';

/** Page sizes offered; the API allows up to 100. */
const PAGE_SIZES = [25, 50, 100];

const AUDIT_COLORS: Readonly<Record<string, string>> = {
  UserLoggedIn: 'green',
  UserLoginFailed: 'red',
  UserLoggedOut: 'default',
};

const COLUMNS: TableColumnsType<LogEntry> = [
  {
    title: 'Time',
    dataIndex: 'dttm',
    width: 180,
    render: (dttm: string | null) => (
      <time dateTime={dttm ?? undefined}>{formatLogTime(dttm)}</time>
    ),
  },
  {
    title: 'User',
    dataIndex: 'user',
    width: 200,
    render: (user: LogEntry['user']) =>
      user ? (
        <span title={user.username}>{formatLogUser(user)}</span>
      ) : (
        <span className={styles.muted}>Anonymous</span>
      ),
  },
  {
    title: 'Action',
    dataIndex: 'action',
    render: (action: string | null) => {
      if (!action) return <span className={styles.muted}>—</span>;
      const color = AUDIT_COLORS[action];
      return color ? (
        <Tag color={color}>{action}</Tag>
      ) : (
        <Typography.Text className={styles.action}>{action}</Typography.Text>
      );
    },
  },
  {
    title: 'Duration',
    dataIndex: 'duration_ms',
    width: 110,
    align: 'right',
    render: (ms: number | null) => formatDuration(ms),
  },
  {
    title: 'Referrer',
    dataIndex: 'referrer',
    width: 280,
    ellipsis: { showTitle: false },
    render: (referrer: string | null) =>
      referrer ? <span title={referrer}>{referrer}</span> : <span className={styles.muted}>—</span>,
  },
];

/** The Action Log table: one row per entry, expandable to its details, paged on the server. */
export function ActionLogTable({
  entries,
  total,
  page,
  pageSize,
  isLoading,
  emptyText,
  onPageChange,
}: {
  entries: readonly LogEntry[];
  total: number;
  page: number;
  pageSize: number;
  isLoading: boolean;
  emptyText: string;
  onPageChange: (page: number, pageSize: number) => void;
}) {
  const pagination: TablePaginationConfig = {
    current: page + 1,
    pageSize,
    total,
    showSizeChanger: true,
    pageSizeOptions: PAGE_SIZES,
    showTotal: (count) => `${count.toLocaleString('en-US')} ${count === 1 ? 'entry' : 'entries'}`,
  };
  return (
    <Table<LogEntry>
      rowKey="id"
      size="middle"
      columns={COLUMNS}
      dataSource={entries}
      loading={isLoading}
      pagination={pagination}
      onChange={(next) => onPageChange((next.current ?? 1) - 1, next.pageSize ?? pageSize)}
      expandable={{ expandedRowRender: (entry) => <LogEntryDetails entry={entry} /> }}
      locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={emptyText} /> }}
      scroll={{ x: 960 }}
    />
  );
}
