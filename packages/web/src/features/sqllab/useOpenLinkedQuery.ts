import { useEffect, useRef, useState } from 'react';
import { useSearchParams } from 'react-router';
import { fetchSavedQuery } from '../../api/sqllab';
import { readSqlLabLink } from './sqllab-links';
import type { NewTabSeed } from './useEditorTabs';

/**
 * Opens what the URL asks for (`?savedQueryId=` or `?dbid=&sql=`) in a new tab once, then
 * clears it from the URL so a reload does not open it again. True while that is under way.
 */
export function useOpenLinkedQuery(
  addTab: (seed: NewTabSeed) => Promise<void>,
  onError: (action: string, error: unknown) => void,
): boolean {
  const [searchParams, setSearchParams] = useSearchParams();
  const [link] = useState(() => readSqlLabLink(searchParams));
  const [isOpening, setIsOpening] = useState(link !== null);
  const hasStarted = useRef(false);

  useEffect(() => {
    if (!link || hasStarted.current) return;
    hasStarted.current = true;
    const open = async () => {
      try {
        if ('savedQueryId' in link) {
          const saved = await fetchSavedQuery(link.savedQueryId);
          await addTab({
            label: saved.label,
            databaseId: saved.db_id,
            schema: saved.schema,
            sql: saved.sql,
            templateParams: saved.template_parameters,
            savedQueryId: saved.id,
          });
        } else {
          await addTab({
            ...(link.name ? { label: link.name } : {}),
            databaseId: link.databaseId,
            schema: link.schema,
            sql: link.sql,
          });
        }
      } catch (error) {
        onError('The linked query could not be opened', error);
      } finally {
        setSearchParams({}, { replace: true });
        setIsOpening(false);
      }
    };
    void open();
  }, [link, addTab, onError, setSearchParams]);

  return isOpening;
}
