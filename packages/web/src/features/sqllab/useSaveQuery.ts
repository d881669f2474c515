import { useQuery, useQueryClient } from '@tanstack/react-query';
import { createSavedQuery, fetchSavedQuery, updateSavedQuery } from '../../api/sqllab';
import type { EditorTab, EditorTabEdit } from './editor-tabs-state';
import type { SaveQueryValues } from './SaveQueryModal';

/** Saved queries' cache key, shared with the Saved queries page. */
export const SAVED_QUERIES_KEY = ['sqllab', 'savedQueries'] as const;

/**
 * Saving the tab's query: a new saved query (the tab then follows it and takes its name) or
 * an update of the one the tab follows. `current` is that saved query, for the dialog.
 */
export function useSaveQuery(tab: EditorTab, onEdit: (edit: EditorTabEdit) => void) {
  const queryClient = useQueryClient();
  const current = useQuery({
    queryKey: [...SAVED_QUERIES_KEY, 'detail', tab.savedQueryId],
    queryFn: () => fetchSavedQuery(tab.savedQueryId ?? -1),
    enabled: tab.savedQueryId !== null,
  });

  const save = async (values: SaveQueryValues): Promise<void> => {
    if (tab.databaseId === null) throw new Error('Select a database before saving the query.');
    const body = {
      label: values.label.trim(),
      description: values.description || null,
      db_id: tab.databaseId,
      schema: tab.schema,
      sql: tab.sql,
      template_parameters: tab.templateParams,
    };
    if (tab.savedQueryId !== null && !values.isSaveAsNew) {
      await updateSavedQuery(tab.savedQueryId, body);
      onEdit({ label: body.label });
    } else {
      const id = await createSavedQuery(body);
      onEdit({ label: body.label, savedQueryId: id });
    }
    await queryClient.invalidateQueries({ queryKey: SAVED_QUERIES_KEY });
  };

  return { current: current.data, save };
}
