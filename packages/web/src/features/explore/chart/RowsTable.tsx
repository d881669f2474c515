import { CopyOutlined } from '@ant-design/icons';
import { Button, Empty, Typography, message } from 'antd';
import { useMemo } from 'react';
import { toTsv } from '../../sqllab/format-cell';
import { ResultsGrid } from '../../sqllab/ResultsGrid';
import type { ChartRows } from '../api/chart-data-api';
import styles from '../ExplorePage.module.css';
import { displayRows } from './rows-display';

/** One query's rows: how many, a copy-to-clipboard button, and the rows themselves. */
export function RowsTable({ rows, title }: { rows: ChartRows; title?: string }) {
  const [toast, toastHolder] = message.useMessage();
  const shown = useMemo(() => displayRows(rows), [rows]);
  const count = rows.data.length;
  const handleCopy = () => {
    navigator.clipboard.writeText(toTsv(rows.colnames, shown)).then(
      () => void toast.success('Copied to the clipboard'),
      () => void toast.error('The browser did not allow copying'),
    );
  };
  return (
    <div className={styles.rows}>
      {toastHolder}
      <div className={styles.rowsBar}>
        <Typography.Text strong role="status">
          {title ? `${title}: ` : ''}
          {count.toLocaleString('en-US')} {count === 1 ? 'row' : 'rows'}
        </Typography.Text>
        <Button
          size="small"
          icon={<CopyOutlined aria-hidden />}
          onClick={handleCopy}
          disabled={!count}
        >
          Copy to clipboard
        </Button>
      </div>
      {rows.colnames.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="No data" />
      ) : (
        <div className={styles.rowsGrid}>
          <ResultsGrid columns={rows.colnames} rows={shown} initialHeight={240} />
        </div>
      )}
    </div>
  );
}
