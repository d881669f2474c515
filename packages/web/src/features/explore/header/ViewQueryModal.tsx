import { CopyOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Alert, Button, Modal, Spin, Typography, message } from 'antd';
import type { QueryContextRequest } from '../../../visualizations';
import { fetchChartSql } from '../api/chart-data-api';
import styles from '../ExplorePage.module.css';

/** "View query": the SQL the chart's queries run, each with a copy button. */
export function ViewQueryModal({
  context,
  onClose,
}: {
  /** The chart's query context; null when the controls are incomplete. */
  context: QueryContextRequest | null;
  onClose: () => void;
}) {
  const [toast, toastHolder] = message.useMessage();
  const sql = useQuery({
    queryKey: ['explore', 'sql', context],
    queryFn: () => (context ? fetchChartSql(context) : Promise.resolve([])),
    enabled: context !== null,
    staleTime: 0,
    gcTime: 0,
  });
  const handleCopy = (text: string) => {
    navigator.clipboard.writeText(text).then(
      () => void toast.success('SQL copied to the clipboard'),
      () => void toast.error('The browser did not allow copying'),
    );
  };

  let body;
  if (context === null) {
    body = <Alert type="info" showIcon message="Complete the chart's controls to see its query." />;
  } else if (sql.isError) {
    body = (
      <Alert
        type="error"
        showIcon
        message="The query could not be built"
        description={sql.error instanceof Error ? sql.error.message : undefined}
      />
    );
  } else if (sql.isPending) {
    body = (
      <div role="status" aria-label="Loading the query" className={styles.paneMessage}>
        <Spin />
      </div>
    );
  } else {
    body = sql.data.map((entry, index) => (
      <div key={index} className={styles.sqlBlock}>
        <div className={styles.sqlBar}>
          <Typography.Text type="secondary">
            {sql.data.length > 1 ? `Query ${index + 1}` : 'SQL'}
          </Typography.Text>
          <Button
            size="small"
            icon={<CopyOutlined aria-hidden />}
            onClick={() => handleCopy(entry.query)}
          >
            Copy
          </Button>
        </div>
        <pre className={styles.sql} aria-label={`SQL of query ${index + 1}`} tabIndex={0}>
          {entry.query}
        </pre>
      </div>
    ));
  }
  return (
    <Modal open title="View query" width={760} onCancel={onClose} footer={null} destroyOnHidden>
      {toastHolder}
      {body}
    </Modal>
  );
}
