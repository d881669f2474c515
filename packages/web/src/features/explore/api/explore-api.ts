import {
  EXPLORE_API_PATH,
  EXPLORE_FORM_DATA_API_PATH,
  EXPLORE_PERMALINK_API_PATH,
  exploreContextSchema,
  explorePermalinkCreatedSchema,
  type ExploreFormDataBody,
  type ExploreQuery,
} from '@superset-ts/shared';
import { z } from 'zod';
import { getJson, putJson, requestJson } from '../../../api/json-request';
import type { ExploreBootstrap, ExploreDataset } from '../explore-dataset';

const formDataKeySchema = z.object({ key: z.string().min(1) });

/** The query string of `GET /api/v1/explore/` for what the page was opened on. */
export function exploreBootstrapUrl(query: ExploreQuery): string {
  const params = new URLSearchParams();
  for (const [name, value] of Object.entries(query)) {
    if (value !== undefined && value !== null && value !== '') params.set(name, String(value));
  }
  const search = params.toString();
  return search ? `${EXPLORE_API_PATH}?${search}` : EXPLORE_API_PATH;
}

/**
 * Explore's bootstrap: the dataset, the form data (from a permalink, an unsaved state or a
 * saved chart) and the saved chart. Throws ApiRequestError (403 with the server's reason
 * when the dataset is not the user's to use, 404 for a missing chart or key).
 */
export async function fetchExploreBootstrap(query: ExploreQuery): Promise<ExploreBootstrap> {
  const { result } = await getJson(
    exploreBootstrapUrl(query),
    z.object({ result: exploreContextSchema }),
  );
  return {
    // The shared schema keeps the dataset open-ended; explore-dataset.ts types what is read.
    dataset: result.dataset as unknown as ExploreDataset,
    form_data: result.form_data,
    slice: result.slice as ExploreBootstrap['slice'],
    message: result.message,
  };
}

/** Stores an unsaved Explore state and returns its key (`form_data_key` in the URL). */
export async function createFormDataKey(body: ExploreFormDataBody): Promise<string> {
  const answer = await requestJson('POST', EXPLORE_FORM_DATA_API_PATH, formDataKeySchema, body);
  return answer.key;
}

/** Replaces the state under `key`; returns the key to keep using (the server may issue one). */
export async function updateFormDataKey(key: string, body: ExploreFormDataBody): Promise<string> {
  const answer = await putJson(
    `${EXPLORE_FORM_DATA_API_PATH}/${encodeURIComponent(key)}`,
    body,
    formDataKeySchema,
  );
  return answer.key;
}

/** A permalink of the form data: its key and the absolute URL to share. */
export function createPermalink(
  formData: Record<string, unknown>,
): Promise<z.infer<typeof explorePermalinkCreatedSchema>> {
  return requestJson('POST', EXPLORE_PERMALINK_API_PATH, explorePermalinkCreatedSchema, {
    formData,
  });
}
