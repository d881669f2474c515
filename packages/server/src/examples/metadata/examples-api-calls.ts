import type { ExamplesApi, ExamplesApiMethod } from '../examples-api.js';
import {
  apiMessageOf,
  ExampleMetadataError,
  type ExampleObjectKind,
} from './example-metadata.error.js';

/** Which object a request is about, for the error when the API refuses it. */
export interface ExampleObjectRef {
  kind: ExampleObjectKind;
  name: string;
}

/**
 * Sends a request and returns its body when the status is 2xx.
 * @throws ExampleMetadataError naming `about` and carrying the API's message otherwise.
 */
export async function requireOk<T>(
  api: ExamplesApi,
  about: ExampleObjectRef,
  method: ExamplesApiMethod,
  url: string,
  body?: unknown,
): Promise<T> {
  const response = await api.request<T>(method, url, body);
  if (response.status < 200 || response.status >= 300) {
    throw new ExampleMetadataError(
      about.kind,
      about.name,
      response.status,
      apiMessageOf(response.body),
    );
  }
  return response.body;
}

/** Like `requireOk`, but a 404 resolves to undefined (the object does not exist). */
export async function findOk<T>(
  api: ExamplesApi,
  about: ExampleObjectRef,
  url: string,
): Promise<T | undefined> {
  const response = await api.request<T>('GET', url);
  if (response.status === 404) return undefined;
  if (response.status < 200 || response.status >= 300) {
    throw new ExampleMetadataError(
      about.kind,
      about.name,
      response.status,
      apiMessageOf(response.body),
    );
  }
  return response.body;
}
