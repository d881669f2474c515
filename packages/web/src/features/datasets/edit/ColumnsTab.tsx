import { PlusOutlined, SyncOutlined } from '@ant-design/icons';
import { Button, Tooltip } from 'antd';
import { isCalculated, newCalculatedColumn, type ColumnDraft } from './dataset-draft';
import { ColumnsTable } from './ColumnsTable';
import styles from './DatasourceModal.module.css';
import { patchRow, removeRow } from './edit-rows';

/** The Columns tab: the source's columns, and "Sync columns from source". */
export function ColumnsTab({
  columns,
  isSyncing,
  canSync,
  onChange,
  onSync,
}: {
  columns: readonly ColumnDraft[];
  isSyncing: boolean;
  /** False while the dataset's source has unsaved changes (sync reads the stored source). */
  canSync: boolean;
  onChange: (columns: ColumnDraft[]) => void;
  onSync: () => void;
}) {
  return (
    <div className={styles.tabBody}>
      <div className={styles.tabToolbar}>
        <Tooltip
          title={
            canSync
              ? 'Reads the columns of the table or query again and stores them now; your edits to columns that remain are kept'
              : 'Save the changed source first: syncing reads the stored one'
          }
        >
          <Button
            icon={<SyncOutlined spin={isSyncing} aria-hidden />}
            loading={isSyncing}
            disabled={!canSync}
            onClick={onSync}
          >
            Sync columns from source
          </Button>
        </Tooltip>
      </div>
      <ColumnsTable
        columns={columns.filter((column) => !isCalculated(column))}
        isCalculated={false}
        onPatch={(key, patch) => onChange(patchRow(columns, key, patch))}
      />
    </div>
  );
}

/** The Calculated columns tab: columns defined by a SQL expression; add and delete. */
export function CalculatedColumnsTab({
  columns,
  onChange,
}: {
  columns: readonly ColumnDraft[];
  onChange: (columns: ColumnDraft[]) => void;
}) {
  return (
    <div className={styles.tabBody}>
      <div className={styles.tabToolbar}>
        <Button
          icon={<PlusOutlined aria-hidden />}
          onClick={() => onChange([newCalculatedColumn(), ...columns])}
        >
          Add calculated column
        </Button>
      </div>
      <ColumnsTable
        columns={columns.filter(isCalculated)}
        isCalculated
        onPatch={(key, patch) => onChange(patchRow(columns, key, patch))}
        onDelete={(key) => onChange(removeRow(columns, key))}
      />
    </div>
  );
}
