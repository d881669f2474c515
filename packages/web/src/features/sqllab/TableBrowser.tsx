import {
  CaretDownOutlined,
  CaretRightOutlined,
  EyeOutlined,
  TableOutlined,
} from '@ant-design/icons';
import { Alert, Button, Empty, Input, Skeleton, Typography } from 'antd';
import { useState } from 'react';
import styles from './SqlLab.module.css';
import { useTableMetadata, useTables } from './useDatabaseMetadata';

function TableColumns({
  databaseId,
  schema,
  table,
  canPreview,
  onPreview,
}: {
  databaseId: number;
  schema: string | null;
  table: string;
  canPreview: boolean;
  onPreview: (selectStar: string) => void;
}) {
  const metadata = useTableMetadata(databaseId, schema, table, true);
  if (metadata.isPending) return <Skeleton active paragraph={{ rows: 2 }} title={false} />;
  if (metadata.isError) {
    return <Alert type="error" showIcon message={metadata.error.message} />;
  }
  return (
    <div className={styles.tableDetails}>
      {canPreview && (
        <Button
          size="small"
          icon={<EyeOutlined />}
          onClick={() => onPreview(metadata.data.selectStar)}
        >
          Preview data
        </Button>
      )}
      <ul className={styles.columnList} aria-label={`Columns of ${table}`}>
        {metadata.data.columns.map((column) => (
          <li key={column.name} className={styles.columnItem}>
            <span className={styles.columnName}>{column.name}</span>
            <Typography.Text type="secondary" className={styles.columnType}>
              {column.type}
            </Typography.Text>
          </li>
        ))}
      </ul>
    </div>
  );
}

/**
 * The schema's tables and views; expanding one shows its columns (which also feed the
 * editor's autocomplete) and offers a data preview that runs its `SELECT *`.
 */
export function TableBrowser({
  databaseId,
  schema,
  expanded,
  canPreview,
  onToggle,
  onPreview,
}: {
  databaseId: number;
  schema: string;
  expanded: readonly string[];
  canPreview: boolean;
  onToggle: (table: string) => void;
  onPreview: (selectStar: string) => void;
}) {
  const [filter, setFilter] = useState('');
  const tables = useTables(databaseId, schema);
  if (tables.isPending) return <Skeleton active paragraph={{ rows: 4 }} title={false} />;
  if (tables.isError) {
    return (
      <Alert
        type="error"
        showIcon
        message="Tables could not be loaded"
        description={tables.error.message}
      />
    );
  }
  if (tables.data.length === 0) {
    return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="This schema has no tables" />;
  }
  const needle = filter.trim().toLowerCase();
  const shown = tables.data.filter((table) => table.value.toLowerCase().includes(needle));
  return (
    <div className={styles.tableBrowser}>
      <Input.Search
        size="small"
        aria-label="Filter tables"
        placeholder={`Filter ${tables.data.length} ${tables.data.length === 1 ? 'table' : 'tables'}`}
        allowClear
        value={filter}
        onChange={(event) => setFilter(event.target.value)}
      />
      {shown.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={`No table matches "${filter}"`} />
      ) : (
        <ul className={styles.tableList} aria-label="Tables">
          {shown.map((table) => {
            const isExpanded = expanded.includes(table.value);
            return (
              <li key={table.value}>
                <button
                  type="button"
                  className={styles.tableToggle}
                  aria-expanded={isExpanded}
                  title={table.type === 'view' ? `View ${table.value}` : `Table ${table.value}`}
                  onClick={() => onToggle(table.value)}
                >
                  {isExpanded ? <CaretDownOutlined /> : <CaretRightOutlined />}
                  <TableOutlined className={styles.tableIcon} />
                  <span className={styles.tableName}>{table.value}</span>
                </button>
                {isExpanded && (
                  <TableColumns
                    databaseId={databaseId}
                    schema={schema}
                    table={table.value}
                    canPreview={canPreview}
                    onPreview={onPreview}
                  />
                )}
              </li>
            );
          })}
        </ul>
      )}
    </div>
  );
}
