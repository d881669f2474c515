import type { DashboardJsonMetadata, DashboardLayout } from '@superset-ts/shared';
import { useCallback, useEffect, useReducer } from 'react';

/** The dashboard's properties the Properties dialog edits besides title and metadata. */
export interface DashboardProperties {
  slug: string;
  owners: number[];
  roles: number[];
  certifiedBy: string;
  certificationDetails: string;
}

/** What the editor changes and saves: layout, title, metadata, CSS and properties. */
export interface EditorDraft {
  layout: DashboardLayout;
  title: string;
  metadata: DashboardJsonMetadata;
  css: string;
  properties: DashboardProperties;
}

/** The most steps Undo can go back. */
export const HISTORY_LIMIT = 100;

interface HistoryState {
  past: EditorDraft[];
  present: EditorDraft;
  future: EditorDraft[];
}

type HistoryAction = { type: 'apply'; next: EditorDraft } | { type: 'undo' } | { type: 'redo' };

function historyReducer(state: HistoryState, action: HistoryAction): HistoryState {
  switch (action.type) {
    case 'apply':
      if (action.next === state.present) return state;
      return {
        past: [...state.past, state.present].slice(-HISTORY_LIMIT),
        present: action.next,
        future: [],
      };
    case 'undo': {
      const previous = state.past.at(-1);
      if (!previous) return state;
      return {
        past: state.past.slice(0, -1),
        present: previous,
        future: [state.present, ...state.future],
      };
    }
    case 'redo': {
      const [next, ...rest] = state.future;
      if (!next) return state;
      return { past: [...state.past, state.present], present: next, future: rest };
    }
  }
}

/** Whether a key press belongs to a text field (which has its own undo). */
function isTextEditing(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return (
    target.isContentEditable ||
    target.tagName === 'INPUT' ||
    target.tagName === 'TEXTAREA' ||
    target.closest('.cm-editor') !== null
  );
}

/** The editor's undo/redo state and actions. */
export interface LayoutHistory {
  draft: EditorDraft;
  /** Records a new state (a no-op when `next` is the current one); clears Redo. */
  apply: (next: EditorDraft) => void;
  undo: () => void;
  redo: () => void;
  canUndo: boolean;
  canRedo: boolean;
  /** Whether the draft differs from the state the editor started from. */
  isDirty: boolean;
}

/**
 * Undo/redo over the editor's draft, with Ctrl/Cmd+Z and Ctrl/Cmd+Shift+Z (and Ctrl+Y) on
 * the page while `hasShortcuts` (text fields keep their own undo).
 */
export function useLayoutHistory(initial: EditorDraft, hasShortcuts = true): LayoutHistory {
  const [state, dispatch] = useReducer(historyReducer, {
    past: [],
    present: initial,
    future: [],
  });
  const apply = useCallback((next: EditorDraft) => dispatch({ type: 'apply', next }), []);
  const undo = useCallback(() => dispatch({ type: 'undo' }), []);
  const redo = useCallback(() => dispatch({ type: 'redo' }), []);

  useEffect(() => {
    if (!hasShortcuts) return undefined;
    const handleKeyDown = (event: KeyboardEvent) => {
      if (!(event.ctrlKey || event.metaKey) || isTextEditing(event.target)) return;
      const key = event.key.toLowerCase();
      if (key === 'z') {
        event.preventDefault();
        dispatch({ type: event.shiftKey ? 'redo' : 'undo' });
      } else if (key === 'y' && event.ctrlKey) {
        event.preventDefault();
        dispatch({ type: 'redo' });
      }
    };
    window.addEventListener('keydown', handleKeyDown);
    return () => window.removeEventListener('keydown', handleKeyDown);
  }, [hasShortcuts]);

  return {
    draft: state.present,
    apply,
    undo,
    redo,
    canUndo: state.past.length > 0,
    canRedo: state.future.length > 0,
    isDirty: state.present !== initial,
  };
}
