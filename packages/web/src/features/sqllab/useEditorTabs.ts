import { useCallback, useEffect, useMemo, useReducer, useRef } from 'react';
import {
  activateTabState,
  createTabState,
  deleteTabState,
  fetchTabState,
  updateTabState,
  type SqlLabBootstrap,
} from '../../api/sqllab';
import {
  EMPTY_TABS_STATE,
  editorTabsReducer,
  nextUntitledLabel,
  toEditorTab,
  type EditorTab,
  type EditorTabEdit,
} from './editor-tabs-state';
import { createTabSaver } from './tab-saver';

/** How long after the last keystroke a tab's SQL is stored. */
const SAVE_DELAY_MS = 600;

/** A new tab's starting point: the database and schema it opens on, and SQL to show. */
export interface NewTabSeed {
  label?: string;
  databaseId: number | null;
  schema: string | null;
  sql?: string;
  queryLimit?: number | null;
  templateParams?: string | null;
  savedQueryId?: number | null;
}

/**
 * SQL Lab's tabs, stored on the server (`/tabstateview/`) so they survive a reload: the tab
 * bar, the open tab's contents (fetched when a tab is first opened) and the changes to them,
 * stored a moment after the user stops typing and before the page goes away.
 */
export function useEditorTabs(
  bootstrap: SqlLabBootstrap,
  { onError }: { onError: (action: string, error: unknown) => void },
) {
  const [state, dispatch] = useReducer(editorTabsReducer, EMPTY_TABS_STATE, () =>
    editorTabsReducer(EMPTY_TABS_STATE, {
      type: 'bootstrapped',
      tabIds: bootstrap.tab_state_ids,
      active: bootstrap.active_tab ? toEditorTab(bootstrap.active_tab) : null,
    }),
  );
  const onErrorRef = useRef(onError);
  onErrorRef.current = onError;
  const saver = useMemo(
    () =>
      createTabSaver(updateTabState, {
        delayMs: SAVE_DELAY_MS,
        onError: (error) => onErrorRef.current('Your changes to the tab were not saved', error),
      }),
    [],
  );

  useEffect(() => {
    const handlePageHide = () => void saver.flush();
    window.addEventListener('pagehide', handlePageHide);
    return () => {
      window.removeEventListener('pagehide', handlePageHide);
      void saver.flush();
    };
  }, [saver]);

  const { activeId } = state;
  const isActiveLoaded = activeId !== null && activeId in state.loaded;
  useEffect(() => {
    if (activeId === null || isActiveLoaded) return;
    let isCurrent = true;
    fetchTabState(activeId).then(
      (tab) => isCurrent && dispatch({ type: 'loaded', tab: toEditorTab(tab) }),
      (error: unknown) => onErrorRef.current('The tab could not be opened', error),
    );
    return () => {
      isCurrent = false;
    };
  }, [activeId, isActiveLoaded]);

  const stateRef = useRef(state);
  stateRef.current = state;

  const addTab = useCallback(async (seed: NewTabSeed): Promise<void> => {
    const label = seed.label ?? nextUntitledLabel(stateRef.current.order.map((tab) => tab.label));
    const tab: Omit<EditorTab, 'id'> = {
      label,
      databaseId: seed.databaseId,
      schema: seed.schema,
      sql: seed.sql ?? '',
      queryLimit: seed.queryLimit ?? null,
      templateParams: seed.templateParams ?? null,
      savedQueryId: seed.savedQueryId ?? null,
      latestQueryId: null,
    };
    try {
      const id = await createTabState({
        label,
        active: true,
        database_id: tab.databaseId,
        schema: tab.schema,
        sql: tab.sql,
        query_limit: tab.queryLimit,
        template_params: tab.templateParams,
        saved_query_id: tab.savedQueryId,
      });
      dispatch({ type: 'added', tab: { ...tab, id } });
    } catch (error) {
      onErrorRef.current('The new tab could not be created', error);
    }
  }, []);

  const activateTab = useCallback(
    (id: number) => {
      dispatch({ type: 'activated', id });
      void saver.flush();
      activateTabState(id).catch((error: unknown) =>
        onErrorRef.current('The tab could not be opened', error),
      );
    },
    [saver],
  );

  const closeTab = useCallback(
    async (id: number) => {
      saver.discard(id);
      try {
        await deleteTabState(id);
        const next = editorTabsReducer(stateRef.current, { type: 'closed', id });
        dispatch({ type: 'closed', id });
        if (next.activeId !== null && next.activeId !== stateRef.current.activeId) {
          await activateTabState(next.activeId);
        }
      } catch (error) {
        onErrorRef.current('The tab could not be closed', error);
      }
    },
    [saver],
  );

  const editTab = useCallback(
    (id: number, edit: EditorTabEdit) => {
      if (edit.label !== undefined) dispatch({ type: 'renamed', id, label: edit.label });
      dispatch({ type: 'edited', id, edit });
      saver.schedule(id, edit);
    },
    [saver],
  );

  return {
    tabs: state.order,
    activeId,
    activeTab: activeId === null ? undefined : state.loaded[activeId],
    addTab,
    activateTab,
    closeTab,
    editTab,
  };
}
