import { DeleteOutlined } from '@ant-design/icons';
import { Button, Checkbox, Form, Input, Table, Tooltip, Typography, type TableProps } from 'antd';
import { useState } from 'react';
import type { ColumnDraft } from './dataset-draft';
import styles from './DatasourceModal.module.css';

function nameOf(column: ColumnDraft): string {
  return column.column_name || 'new column';
}

function ColumnDetails({
  column,
  onChange,
}: {
  column: ColumnDraft;
  onChange: (patch: Partial<ColumnDraft>) => void;
}) {
  return (
    <Form layout="vertical" className={styles.details} component="div">
      <Form.Item
        label="Datetime format"
        className={styles.detailItem}
        extra="How the column's text or numbers read as time, e.g. %Y-%m-%d or epoch_s"
      >
        <Input
          aria-label={`Datetime format of ${nameOf(column)}`}
          value={column.python_date_format}
          placeholder="%Y-%m-%d"
          onChange={(event) => onChange({ python_date_format: event.target.value })}
        />
      </Form.Item>
      <Form.Item label="Description" className={styles.detailItem}>
        <Input.TextArea
          aria-label={`Description of ${nameOf(column)}`}
          autoSize={{ minRows: 2, maxRows: 6 }}
          value={column.description}
          onChange={(event) => onChange({ description: event.target.value })}
        />
      </Form.Item>
    </Form>
  );
}

function flagColumn(
  title: string,
  field: 'is_dttm' | 'groupby' | 'filterable',
  onPatch: (key: string, patch: Partial<ColumnDraft>) => void,
): NonNullable<TableProps<ColumnDraft>['columns']>[number] {
  return {
    title,
    key: field,
    align: 'center',
    width: 96,
    render: (_v, column) => (
      <Checkbox
        aria-label={`${title}: ${nameOf(column)}`}
        checked={column[field]}
        onChange={(event) => onPatch(column.key, { [field]: event.target.checked })}
      />
    ),
  };
}

/**
 * The columns of a dataset as Superset's Columns and Calculated columns tabs edit them: the
 * source's columns by name with their label and flags; calculated columns with their SQL too.
 */
export function ColumnsTable({
  columns,
  isCalculated,
  onPatch,
  onDelete,
}: {
  columns: readonly ColumnDraft[];
  isCalculated: boolean;
  onPatch: (key: string, patch: Partial<ColumnDraft>) => void;
  onDelete?: (key: string) => void;
}) {
  const [expanded, setExpanded] = useState<string[]>([]);
  const tableColumns: NonNullable<TableProps<ColumnDraft>['columns']> = [
    {
      title: 'Column',
      key: 'column_name',
      width: isCalculated ? '20%' : '26%',
      render: (_v, column) =>
        isCalculated ? (
          <Input
            aria-label={`Name of ${nameOf(column)}`}
            value={column.column_name}
            placeholder="column_name"
            onChange={(event) => onPatch(column.key, { column_name: event.target.value })}
          />
        ) : (
          <div>
            <Typography.Text strong>{column.column_name}</Typography.Text>
            <br />
            <Typography.Text type="secondary" className={styles.typeText}>
              {column.type || 'unknown type'}
            </Typography.Text>
          </div>
        ),
    },
  ];
  if (isCalculated) {
    tableColumns.push({
      title: 'SQL expression',
      key: 'expression',
      render: (_v, column) => (
        <Input.TextArea
          aria-label={`SQL expression of ${nameOf(column)}`}
          className={styles.code}
          autoSize={{ minRows: 1, maxRows: 4 }}
          value={column.expression}
          placeholder="e.g. price * quantity"
          onChange={(event) => onPatch(column.key, { expression: event.target.value })}
        />
      ),
    });
  }
  tableColumns.push(
    {
      title: 'Label',
      key: 'verbose_name',
      width: isCalculated ? '18%' : '30%',
      render: (_v, column) => (
        <Input
          aria-label={`Label of ${nameOf(column)}`}
          value={column.verbose_name}
          placeholder="Label"
          onChange={(event) => onPatch(column.key, { verbose_name: event.target.value })}
        />
      ),
    },
    flagColumn('Temporal', 'is_dttm', onPatch),
    flagColumn('Dimension', 'groupby', onPatch),
    flagColumn('Filterable', 'filterable', onPatch),
  );
  if (onDelete) {
    tableColumns.push({
      title: <span className={styles.srOnly}>Delete</span>,
      key: 'delete',
      width: 48,
      render: (_v, column) => (
        <Tooltip title="Delete">
          <Button
            type="text"
            danger
            size="small"
            icon={<DeleteOutlined />}
            aria-label={`Delete column ${nameOf(column)}`}
            onClick={() => onDelete(column.key)}
          />
        </Tooltip>
      ),
    });
  }
  return (
    <Table<ColumnDraft>
      rowKey="key"
      size="small"
      pagination={false}
      dataSource={[...columns]}
      columns={tableColumns}
      locale={{
        emptyText: isCalculated
          ? 'No calculated columns yet'
          : 'No columns: sync them from the source',
      }}
      expandable={{
        expandedRowKeys: expanded,
        onExpandedRowsChange: (keys) => setExpanded(keys.map(String)),
        expandedRowRender: (column) => (
          <ColumnDetails column={column} onChange={(patch) => onPatch(column.key, patch)} />
        ),
      }}
    />
  );
}
