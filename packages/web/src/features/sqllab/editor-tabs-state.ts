import type { TabState } from '@superset-ts/shared';

/** What the editor keeps of one tab: the fields it edits and stores on the server. */
export interface EditorTab {
  id: number;
  label: string;
  databaseId: number | null;
  schema: string | null;
  sql: string;
  queryLimit: number | null;
  /** JSON text of the template parameters object, or null. */
  templateParams: string | null;
  savedQueryId: number | null;
  /** Client id of the tab's latest run. */
  latestQueryId: string | null;
}

/** The fields of a tab the user changes. */
export type EditorTabEdit = Partial<Omit<EditorTab, 'id'>>;

/**
 * The tab bar: every tab's id and label in order, which one is open, and the contents of
 * the tabs loaded so far (others are fetched when opened).
 */
export interface EditorTabsState {
  order: { id: number; label: string }[];
  activeId: number | null;
  loaded: Record<number, EditorTab>;
}

export type EditorTabsAction =
  | {
      type: 'bootstrapped';
      tabIds: readonly (readonly [number, string])[];
      active: EditorTab | null;
    }
  | { type: 'added'; tab: EditorTab }
  | { type: 'loaded'; tab: EditorTab }
  | { type: 'activated'; id: number }
  | { type: 'renamed'; id: number; label: string }
  | { type: 'edited'; id: number; edit: EditorTabEdit }
  | { type: 'closed'; id: number };

export const EMPTY_TABS_STATE: EditorTabsState = { order: [], activeId: null, loaded: {} };

/** The editor's view of a stored tab. */
export function toEditorTab(tab: TabState): EditorTab {
  return {
    id: tab.id,
    label: tab.label,
    databaseId: tab.database_id,
    schema: tab.schema,
    sql: tab.sql,
    queryLimit: tab.query_limit,
    templateParams: tab.template_params,
    savedQueryId: tab.saved_query_id,
    latestQueryId: tab.latest_query?.id ?? null,
  };
}

/** The next "Untitled Query N" label not taken by an open tab, as Superset names new tabs. */
export function nextUntitledLabel(labels: readonly string[]): string {
  const taken = new Set(labels);
  let n = 1;
  while (taken.has(`Untitled Query ${n}`)) n += 1;
  return `Untitled Query ${n}`;
}

/** The tab that opens when `closedId` closes: the one after it, else the one before it. */
function neighbourOf(order: EditorTabsState['order'], closedId: number): number | null {
  const index = order.findIndex((tab) => tab.id === closedId);
  const next = order[index + 1] ?? order[index - 1];
  return next ? next.id : null;
}

/** Applies one change to the tab bar. */
export function editorTabsReducer(
  state: EditorTabsState,
  action: EditorTabsAction,
): EditorTabsState {
  switch (action.type) {
    case 'bootstrapped': {
      const order = action.tabIds.map(([id, label]) => ({ id, label }));
      const active = action.active;
      if (active && !order.some((tab) => tab.id === active.id)) {
        order.push({ id: active.id, label: active.label });
      }
      return {
        order,
        activeId: active?.id ?? order[0]?.id ?? null,
        loaded: active ? { [active.id]: active } : {},
      };
    }
    case 'added':
      return {
        order: [...state.order, { id: action.tab.id, label: action.tab.label }],
        activeId: action.tab.id,
        loaded: { ...state.loaded, [action.tab.id]: action.tab },
      };
    case 'loaded':
      return { ...state, loaded: { ...state.loaded, [action.tab.id]: action.tab } };
    case 'activated':
      return state.order.some((tab) => tab.id === action.id)
        ? { ...state, activeId: action.id }
        : state;
    case 'renamed':
      return editTab(
        {
          ...state,
          order: state.order.map((tab) =>
            tab.id === action.id ? { ...tab, label: action.label } : tab,
          ),
        },
        action.id,
        { label: action.label },
      );
    case 'edited':
      return editTab(state, action.id, action.edit);
    case 'closed': {
      const { [action.id]: _closed, ...loaded } = state.loaded;
      const activeId =
        state.activeId === action.id ? neighbourOf(state.order, action.id) : state.activeId;
      return { order: state.order.filter((tab) => tab.id !== action.id), activeId, loaded };
    }
  }
}

function editTab(state: EditorTabsState, id: number, edit: EditorTabEdit): EditorTabsState {
  const tab = state.loaded[id];
  if (!tab) return state;
  return { ...state, loaded: { ...state.loaded, [id]: { ...tab, ...edit } } };
}
