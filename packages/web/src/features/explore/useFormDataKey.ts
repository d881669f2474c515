import { useCallback, useRef } from 'react';
import { ApiRequestError } from '../../api/api-request-error';
import { parseDatasourceKey, type ChartFormData } from '../../visualizations';
import { createFormDataKey, updateFormDataKey } from './api/explore-api';

/**
 * Keeps Explore's unsaved state on the server (`/api/v1/explore/form_data`) under one key:
 * the first store creates it (unless the page was opened with one), later ones replace it.
 * Stores run one after another, so quick runs never create two keys. Resolves to the key,
 * or null when the form data names no dataset.
 */
export function useFormDataKey(initialKey: string | undefined) {
  const key = useRef<string | undefined>(initialKey);
  const queue = useRef<Promise<unknown>>(Promise.resolve());

  const store = useCallback(
    (formData: ChartFormData, chartId: number | undefined): Promise<string | null> => {
      const datasource = parseDatasourceKey(formData.datasource);
      if (!datasource) return Promise.resolve(null);
      const body = {
        datasource_id: datasource.id,
        datasource_type: 'table' as const,
        chart_id: chartId ?? null,
        form_data: JSON.stringify(formData),
      };
      const write = async (): Promise<string> => {
        if (key.current) {
          try {
            key.current = await updateFormDataKey(key.current, body);
            return key.current;
          } catch (error) {
            // An expired or foreign key: start a new one rather than lose the state.
            if (!(error instanceof ApiRequestError) || ![403, 404].includes(error.status)) {
              throw error;
            }
          }
        }
        key.current = await createFormDataKey(body);
        return key.current;
      };
      const next = queue.current.then(write, write);
      queue.current = next.catch(() => undefined);
      return next;
    },
    [],
  );

  return store;
}
