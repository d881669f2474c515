import { ReloadOutlined } from '@ant-design/icons';
import { useQueryClient } from '@tanstack/react-query';
import { Button, Select, Tooltip, Typography } from 'antd';
import type { SqlLabDatabase } from './sqllab-databases';
import styles from './SqlLab.module.css';
import { useSchemas } from './useDatabaseMetadata';

/** Picks the tab's database and schema; the schema list follows the database. */
export function DatabaseSelectors({
  databases,
  databaseId,
  schema,
  onChange,
}: {
  databases: readonly SqlLabDatabase[];
  databaseId: number | null;
  schema: string | null;
  onChange: (change: { databaseId: number | null; schema: string | null }) => void;
}) {
  const schemas = useSchemas(databaseId);
  const queryClient = useQueryClient();
  const handleRefresh = () =>
    void queryClient.invalidateQueries({ queryKey: ['sqllab', 'metadata', databaseId] });

  return (
    <div className={styles.selectors}>
      <label className={styles.field}>
        <Typography.Text type="secondary" className={styles.fieldLabel}>
          Database
        </Typography.Text>
        <Select
          aria-label="Database"
          placeholder="Select a database"
          showSearch
          optionFilterProp="label"
          value={databaseId ?? undefined}
          options={databases.map((db) => ({
            value: db.id,
            label: db.database_name,
          }))}
          notFoundContent="No databases are exposed in SQL Lab"
          onChange={(id: number) => onChange({ databaseId: id, schema: null })}
        />
      </label>
      <label className={styles.field}>
        <Typography.Text type="secondary" className={styles.fieldLabel}>
          Schema
        </Typography.Text>
        <div className={styles.fieldRow}>
          <Select
            aria-label="Schema"
            placeholder={databaseId === null ? 'Select a database first' : 'Select a schema'}
            showSearch
            allowClear
            disabled={databaseId === null}
            loading={schemas.isFetching}
            status={schemas.isError ? 'error' : ''}
            value={schema ?? undefined}
            options={(schemas.data ?? []).map((name) => ({ value: name, label: name }))}
            notFoundContent={
              schemas.isError ? `Schemas could not be loaded: ${schemas.error.message}` : undefined
            }
            onChange={(name: string | undefined) => onChange({ databaseId, schema: name ?? null })}
          />
          <Tooltip title="Refresh the schema and table lists">
            <Button
              icon={<ReloadOutlined />}
              aria-label="Refresh metadata"
              disabled={databaseId === null}
              onClick={handleRefresh}
            />
          </Tooltip>
        </div>
      </label>
    </div>
  );
}
