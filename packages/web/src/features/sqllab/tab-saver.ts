import type { TabStateWrite } from '../../api/sqllab';
import type { EditorTabEdit } from './editor-tabs-state';

/** Turns the editor's field names into the stored tab's. */
export function toTabStateWrite(edit: EditorTabEdit): TabStateWrite {
  const write: TabStateWrite = {};
  if (edit.label !== undefined) write.label = edit.label;
  if (edit.databaseId !== undefined) write.database_id = edit.databaseId;
  if (edit.schema !== undefined) write.schema = edit.schema;
  if (edit.sql !== undefined) write.sql = edit.sql;
  if (edit.queryLimit !== undefined) write.query_limit = edit.queryLimit;
  if (edit.templateParams !== undefined) write.template_params = edit.templateParams;
  if (edit.savedQueryId !== undefined) write.saved_query_id = edit.savedQueryId;
  if (edit.latestQueryId !== undefined) write.latest_query_id = edit.latestQueryId;
  return write;
}

/** Stores tab edits a moment after the user stops typing, one request per tab. */
export interface TabSaver {
  /** Queues an edit; edits of the same tab within the delay go out as one request. */
  schedule(id: number, edit: EditorTabEdit): void;
  /** Sends every queued edit now (before a reload, a tab switch or closing the page). */
  flush(): Promise<void>;
  /** Drops a tab's queued edits (the tab was closed). */
  discard(id: number): void;
}

/**
 * A TabSaver that calls `save` `delayMs` after the last edit of a tab. A failed save is
 * reported through `onError` and its edit is kept for the next attempt.
 */
export function createTabSaver(
  save: (id: number, write: TabStateWrite) => Promise<void>,
  { delayMs, onError }: { delayMs: number; onError: (error: unknown) => void },
): TabSaver {
  const pending = new Map<number, EditorTabEdit>();
  const timers = new Map<number, ReturnType<typeof setTimeout>>();

  const send = async (id: number): Promise<void> => {
    clearTimeout(timers.get(id));
    timers.delete(id);
    const edit = pending.get(id);
    if (!edit) return;
    pending.delete(id);
    try {
      await save(id, toTabStateWrite(edit));
    } catch (error) {
      pending.set(id, { ...edit, ...pending.get(id) });
      onError(error);
    }
  };

  return {
    schedule(id, edit) {
      pending.set(id, { ...pending.get(id), ...edit });
      clearTimeout(timers.get(id));
      timers.set(
        id,
        setTimeout(() => void send(id), delayMs),
      );
    },
    async flush() {
      await Promise.all([...pending.keys()].map(send));
    },
    discard(id) {
      clearTimeout(timers.get(id));
      timers.delete(id);
      pending.delete(id);
    },
  };
}
