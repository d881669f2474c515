import type { ScheduledQueriesConfig, SqlLabQuery } from '@superset-ts/shared';
import { useQueries } from '@tanstack/react-query';
import { Tabs, Typography, message } from 'antd';
import { useEffect, useMemo, useState } from 'react';
import { estimateQueryCost, fetchTableMetadata, formatSql } from '../../api/sqllab';
import { toCompletionNamespace } from './completion-schema';
import { CostEstimateModal, type CostEstimate } from './CostEstimateModal';
import { DatabaseSelectors } from './DatabaseSelectors';
import type { EditorTab, EditorTabEdit } from './editor-tabs-state';
import { EditorToolbar } from './EditorToolbar';
import { QueryResults } from './QueryResults';
import { SaveQueryModal } from './SaveQueryModal';
import { ScheduleQueryModal } from './ScheduleQueryModal';
import { SqlEditor } from './SqlEditor';
import type { SqlValidation } from './sql-validation';
import { useSqlValidation } from './useSqlValidation';
import { DEFAULT_QUERY_LIMIT, dialectOf, type SqlLabDatabase } from './sqllab-databases';
import styles from './SqlLab.module.css';
import { TableBrowser } from './TableBrowser';
import { TabQueryHistory } from './TabQueryHistory';
import { checkTemplateParams } from './template-params';
import { TemplateParamsModal } from './TemplateParamsModal';
import { useSchemas, useTables } from './useDatabaseMetadata';
import type { QueryRun, RunRequest } from './useQueryRuns';
import { useSaveQuery } from './useSaveQuery';

function errorText(error: unknown): string {
  return error instanceof Error ? error.message : 'Something went wrong.';
}

/** The open tab: database browser on the left, the editor and its toolbar, results below. */
export function TabWorkspace({
  tab,
  databases,
  run,
  queries,
  canExportCsv,
  scheduledQueries,
  validation,
  onEdit,
  onRun,
  onStop,
  onShowStoredResults,
}: {
  tab: EditorTab;
  databases: readonly SqlLabDatabase[];
  run: QueryRun | undefined;
  /** The queries this tab ran. */
  queries: readonly SqlLabQuery[];
  canExportCsv: boolean;
  /** SCHEDULED_QUERIES, or null when scheduling is off. */
  scheduledQueries: ScheduledQueriesConfig | null;
  /** Asks the databases' SQL validators, remembering those that have none. */
  validation: SqlValidation;
  onEdit: (edit: EditorTabEdit) => void;
  onRun: (request: RunRequest) => void;
  onStop: () => void;
  onShowStoredResults: (query: SqlLabQuery) => void;
}) {
  const [toast, toastHolder] = message.useMessage();
  const [selection, setSelection] = useState('');
  const [expanded, setExpanded] = useState<string[]>([]);
  const [dialog, setDialog] = useState<'save' | 'params' | 'schedule' | null>(null);
  const [estimate, setEstimate] = useState<CostEstimate | null>(null);
  const [isFormatting, setIsFormatting] = useState(false);
  const [southTab, setSouthTab] = useState('results');
  const database = databases.find((db) => db.id === tab.databaseId);
  const queryLimit = tab.queryLimit ?? DEFAULT_QUERY_LIMIT;
  const { current: savedQuery, save } = useSaveQuery(tab, onEdit);

  useEffect(() => setExpanded([]), [tab.databaseId, tab.schema]);

  const schemas = useSchemas(tab.databaseId);
  const tables = useTables(tab.databaseId, tab.schema);
  const expandedMetadata = useQueries({
    queries: expanded.map((table) => ({
      queryKey: ['sqllab', 'metadata', tab.databaseId, 'table', tab.schema, table],
      queryFn: () => fetchTableMetadata(tab.databaseId ?? -1, table, tab.schema),
      enabled: tab.databaseId !== null,
      staleTime: 5 * 60_000,
    })),
  });
  const columnsKey = expandedMetadata.map((q) => q.dataUpdatedAt).join(',');
  const namespace = useMemo(
    () =>
      toCompletionNamespace({
        schemas: schemas.data ?? [],
        schema: tab.schema,
        tables: (tables.data ?? []).map((t) => t.value),
        columns: Object.fromEntries(
          expandedMetadata.flatMap((q) =>
            q.data ? [[q.data.name, q.data.columns.map((c) => c.name)]] : [],
          ),
        ),
      }),
    // expandedMetadata is a new array each render; its data changes show in columnsKey.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [schemas.data, tables.data, tab.schema, columnsKey],
  );

  const validate = useSqlValidation(validation, tab.databaseId, tab.schema, tab.templateParams);

  const sqlToRun = selection.trim() ? selection : tab.sql;
  const isRunning = run?.status === 'running';
  const canRun = database !== undefined && sqlToRun.trim() !== '' && !isRunning;

  const startRun = (sql: string, isPreview: boolean) => {
    if (!database) {
      void toast.warning('Select a database first');
      return;
    }
    const params = checkTemplateParams(tab.templateParams);
    if (!params.isValid) {
      void toast.error(`Fix the template parameters first: ${params.message}`);
      return;
    }
    setSouthTab('results');
    onRun({
      tabId: tab.id,
      database,
      schema: tab.schema,
      sql,
      queryLimit,
      templateParams: tab.templateParams,
      tabLabel: tab.label,
      isPreview,
    });
  };

  const handleRun = () => {
    if (canRun) startRun(sqlToRun, false);
  };

  const handleFormat = async () => {
    setIsFormatting(true);
    try {
      onEdit({ sql: await formatSql(tab.sql, tab.databaseId) });
    } catch (error) {
      void toast.error(`The SQL could not be formatted: ${errorText(error)}`);
    } finally {
      setIsFormatting(false);
    }
  };

  const handleEstimate = async () => {
    if (!database) return;
    setEstimate({ status: 'loading' });
    const params = checkTemplateParams(tab.templateParams);
    try {
      const rows = await estimateQueryCost({
        database_id: database.id,
        sql: sqlToRun,
        schema: tab.schema,
        ...(params.isValid ? { template_params: params.params } : {}),
      });
      setEstimate({ status: 'done', rows });
    } catch (error) {
      setEstimate({ status: 'failed', message: errorText(error) });
    }
  };

  const latestStored = queries.find((q) => q.id === tab.latestQueryId && q.resultsKey);
  const templateParams = checkTemplateParams(tab.templateParams);

  return (
    <div className={styles.workspace}>
      {toastHolder}
      <aside className={styles.leftPane} aria-label="Database browser">
        <DatabaseSelectors
          databases={databases}
          databaseId={tab.databaseId}
          schema={tab.schema}
          onChange={(change) => onEdit(change)}
        />
        {tab.databaseId !== null && tab.schema !== null ? (
          <TableBrowser
            databaseId={tab.databaseId}
            schema={tab.schema}
            expanded={expanded}
            canPreview={!database?.disable_data_preview}
            onToggle={(table) =>
              setExpanded((prev) =>
                prev.includes(table) ? prev.filter((t) => t !== table) : [...prev, table],
              )
            }
            onPreview={(selectStar) => startRun(selectStar, true)}
          />
        ) : (
          <Typography.Text type="secondary" className={styles.hint}>
            {databases.length === 0
              ? 'No database is exposed in SQL Lab yet. Ask an administrator to expose one.'
              : tab.databaseId === null
                ? 'Select a database to browse its tables.'
                : 'Select a schema to see its tables.'}
          </Typography.Text>
        )}
      </aside>
      <section className={styles.main}>
        <EditorToolbar
          isRunning={isRunning}
          canRun={canRun}
          hasSelection={selection.trim() !== ''}
          queryLimit={queryLimit}
          templateParamCount={
            templateParams.isValid ? Object.keys(templateParams.params).length : 0
          }
          isFormatting={isFormatting}
          canEstimate={database?.allows_cost_estimate ?? false}
          isEstimating={estimate?.status === 'loading'}
          isSaved={tab.savedQueryId !== null}
          canSchedule={scheduledQueries !== null}
          onRun={handleRun}
          onStop={onStop}
          onLimitChange={(limit) => onEdit({ queryLimit: limit })}
          onFormat={() => void handleFormat()}
          onEditParameters={() => setDialog('params')}
          onEstimate={() => void handleEstimate()}
          onSave={() => setDialog('save')}
          onSchedule={() => setDialog('schedule')}
        />
        <SqlEditor
          value={tab.sql}
          dialect={dialectOf(database?.backend)}
          namespace={namespace}
          defaultSchema={tab.schema}
          onChange={(sql) => onEdit({ sql })}
          onSelectionChange={setSelection}
          onRun={handleRun}
          validate={validate}
        />
        <Tabs
          className={styles.southPane}
          activeKey={southTab}
          onChange={setSouthTab}
          items={[
            {
              key: 'results',
              label: 'Results',
              children: (
                <QueryResults
                  run={run}
                  canExportCsv={canExportCsv}
                  storedQueryHint={
                    latestStored ? { onFetch: () => onShowStoredResults(latestStored) } : undefined
                  }
                />
              ),
            },
            {
              key: 'history',
              label: 'Query history',
              children: <TabQueryHistory queries={queries} onOpen={(sql) => onEdit({ sql })} />,
            },
          ]}
        />
      </section>
      {dialog === 'params' && (
        <TemplateParamsModal
          value={tab.templateParams}
          onSave={(text) => onEdit({ templateParams: text })}
          onClose={() => setDialog(null)}
        />
      )}
      {dialog === 'save' && (
        <SaveQueryModal
          initialValues={{
            label: savedQuery?.label ?? tab.label,
            description: savedQuery?.description ?? '',
          }}
          isUpdate={tab.savedQueryId !== null}
          onSave={async (values) => {
            await save(values);
            void toast.success(`${values.label.trim()} saved`);
          }}
          onClose={() => setDialog(null)}
        />
      )}
      {dialog === 'schedule' && scheduledQueries && savedQuery && (
        <ScheduleQueryModal
          config={scheduledQueries}
          savedQuery={savedQuery}
          onSaved={() => void toast.success('Schedule saved')}
          onClose={() => setDialog(null)}
        />
      )}
      {estimate && <CostEstimateModal estimate={estimate} onClose={() => setEstimate(null)} />}
    </div>
  );
}
