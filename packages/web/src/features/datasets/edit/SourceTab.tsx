import { LockOutlined, UnlockOutlined } from '@ant-design/icons';
import type { DatasetDetail } from '@superset-ts/shared';
import { Alert, Button, Form, Input, Radio } from 'antd';
import type { DatasetDraft } from './dataset-draft';
import { DatasetSqlEditor } from './DatasetSqlEditor';
import styles from './DatasourceModal.module.css';

type SourceFields = Pick<DatasetDraft, 'table_name' | 'schema' | 'sql'>;

/**
 * Superset's Source tab: the database (fixed), then the table or the query. Changing the
 * source is locked until the padlock is opened, since every chart on the dataset follows it.
 */
export function SourceTab({
  dataset,
  draft,
  isUnlocked,
  onToggleLock,
  onChange,
}: {
  dataset: DatasetDetail;
  draft: SourceFields;
  isUnlocked: boolean;
  onToggleLock: () => void;
  onChange: (patch: Partial<SourceFields>) => void;
}) {
  const isVirtual = draft.sql !== null;
  return (
    <div className={styles.tabBody}>
      <div className={styles.tabToolbar}>
        <Button
          icon={isUnlocked ? <UnlockOutlined aria-hidden /> : <LockOutlined aria-hidden />}
          aria-pressed={isUnlocked}
          onClick={onToggleLock}
        >
          {isUnlocked ? 'Lock the source' : 'Edit the source'}
        </Button>
      </div>
      {isUnlocked && (
        <Alert
          type="warning"
          showIcon
          message="Every chart that uses this dataset, including other people's, will read from the changed source."
        />
      )}
      <Form layout="vertical" component="div" className={styles.form}>
        <Form.Item label="Dataset type">
          <Radio.Group
            disabled={!isUnlocked}
            value={isVirtual ? 'virtual' : 'physical'}
            onChange={(event) =>
              onChange({ sql: event.target.value === 'virtual' ? (dataset.sql ?? '') : null })
            }
            options={[
              { value: 'physical', label: 'Physical (table or view)' },
              { value: 'virtual', label: 'Virtual (SQL)' },
            ]}
          />
        </Form.Item>
        <div className={styles.twoColumns}>
          <Form.Item label="Database" htmlFor="dataset-database">
            <Input id="dataset-database" value={dataset.database.database_name} disabled />
          </Form.Item>
          <Form.Item label="Schema" htmlFor="dataset-schema">
            <Input
              id="dataset-schema"
              value={draft.schema}
              disabled={!isUnlocked}
              onChange={(event) => onChange({ schema: event.target.value })}
            />
          </Form.Item>
        </div>
        <Form.Item label={isVirtual ? 'Dataset name' : 'Table name'} htmlFor="dataset-table-name">
          <Input
            id="dataset-table-name"
            value={draft.table_name}
            disabled={!isUnlocked}
            onChange={(event) => onChange({ table_name: event.target.value })}
          />
        </Form.Item>
        {isVirtual && (
          <Form.Item label="SQL">
            <DatasetSqlEditor
              value={draft.sql ?? ''}
              backend={dataset.database.backend}
              isReadOnly={!isUnlocked}
              onChange={(sql) => onChange({ sql })}
            />
          </Form.Item>
        )}
      </Form>
    </div>
  );
}
