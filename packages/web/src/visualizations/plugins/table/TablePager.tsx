import { Pagination } from 'antd';
import { PAGE_SIZE_OPTIONS } from './page-request';
import styles from './TableChart.module.css';

/** The pager's height in pixels, which the rows give up. */
export const PAGER_HEIGHT = 40;

interface TablePagerProps {
  /** 1-based, as antd counts pages. */
  page: number;
  pageSize: number;
  total: number;
  onChange: (page: number, pageSize: number) => void;
  disabled?: boolean;
}

/** Page buttons with the range shown and a page size picker. */
export function TablePager({ page, pageSize, total, onChange, disabled }: TablePagerProps) {
  const sizes = [...new Set([...PAGE_SIZE_OPTIONS, pageSize])].sort((a, b) => a - b);
  return (
    <nav className={styles.pager} aria-label="Table pages" style={{ height: PAGER_HEIGHT }}>
      <Pagination
        size="small"
        current={page}
        pageSize={pageSize}
        total={total}
        disabled={disabled}
        showSizeChanger
        pageSizeOptions={sizes.map(String)}
        showTotal={(count, [from, to]) => `${from}-${to} of ${count}`}
        onChange={onChange}
      />
    </nav>
  );
}
