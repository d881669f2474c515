import type { SqlLabQuery } from '@superset-ts/shared';
import { Spin, message } from 'antd';
import { useCallback, useEffect, useMemo, useRef } from 'react';
import type { SqlLabBootstrap } from '../../api/sqllab';
import { EditorTabsBar } from './EditorTabsBar';
import { readSqlLabDatabases } from './sqllab-databases';
import { createSqlValidation, requestSqlValidation } from './sql-validation';
import styles from './SqlLab.module.css';
import { TabWorkspace } from './TabWorkspace';
import { useEditorTabs } from './useEditorTabs';
import { useOpenLinkedQuery } from './useOpenLinkedQuery';
import { useQueryRuns } from './useQueryRuns';
import { useSqlLabPermissions } from './useSqlLabPermissions';

function errorText(error: unknown): string {
  return error instanceof Error ? error.message : 'Something went wrong.';
}

/** SQL Lab once its bootstrap is loaded: the tab bar and the open tab's workspace. */
export function SqlLabEditor({ bootstrap }: { bootstrap: SqlLabBootstrap }) {
  const [toast, toastHolder] = message.useMessage();
  const databases = useMemo(() => readSqlLabDatabases(bootstrap.databases), [bootstrap]);
  const permissions = useSqlLabPermissions();
  const validation = useMemo(() => createSqlValidation(requestSqlValidation), []);
  const handleError = useCallback(
    (action: string, error: unknown) => void toast.error(`${action}: ${errorText(error)}`),
    [toast],
  );
  const tabs = useEditorTabs(bootstrap, { onError: handleError });
  const { editTab } = tabs;
  const runs = useQueryRuns(Object.values(bootstrap.queries), {
    onStarted: useCallback(
      (tabId: number, clientId: string) => editTab(tabId, { latestQueryId: clientId }),
      [editTab],
    ),
  });

  const defaultDatabaseId = databases[0]?.id ?? null;
  const handleAdd = () => {
    const current = tabs.activeTab;
    void tabs.addTab({
      databaseId: current?.databaseId ?? defaultDatabaseId,
      schema: current?.schema ?? null,
      queryLimit: current?.queryLimit ?? null,
    });
  };

  // An editor always has a tab: a first visit (or closing the last tab) opens a new one.
  const isCreatingFirstTab = useRef(false);
  const hasNoTabs = tabs.tabs.length === 0;
  const { addTab } = tabs;
  const isOpeningLink = useOpenLinkedQuery(addTab, handleError);
  useEffect(() => {
    if (!hasNoTabs || isOpeningLink || isCreatingFirstTab.current) return;
    isCreatingFirstTab.current = true;
    void addTab({ databaseId: defaultDatabaseId, schema: null }).finally(() => {
      isCreatingFirstTab.current = false;
    });
  }, [hasNoTabs, isOpeningLink, addTab, defaultDatabaseId]);

  const tab = tabs.activeTab;
  const tabQueries: SqlLabQuery[] = tab
    ? runs.queries.filter((query) => query.sqlEditorId === String(tab.id))
    : [];

  return (
    <div className={styles.page}>
      {toastHolder}
      <EditorTabsBar
        tabs={tabs.tabs}
        activeId={tabs.activeId}
        onActivate={tabs.activateTab}
        onAdd={handleAdd}
        onClose={(id) => void tabs.closeTab(id)}
        onRename={(id, label) => tabs.editTab(id, { label })}
      />
      {tab ? (
        <TabWorkspace
          key={tab.id}
          tab={tab}
          databases={databases}
          run={runs.runs[tab.id]}
          queries={tabQueries}
          canExportCsv={permissions.canExportCsv}
          scheduledQueries={bootstrap.scheduled_queries ?? null}
          validation={validation}
          onEdit={(edit) => tabs.editTab(tab.id, edit)}
          onRun={(request) => void runs.run(request)}
          onStop={() => void runs.stop(tab.id)}
          onShowStoredResults={(query) => void runs.showStoredResults(tab.id, query)}
        />
      ) : (
        <div className={styles.loading}>
          <Spin tip="Opening the tab…">
            <div style={{ height: 80 }} />
          </Spin>
        </div>
      )}
    </div>
  );
}
