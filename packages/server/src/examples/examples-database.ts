import { formatSqlalchemyUri, parseSqlalchemyUri } from '@superset-ts/engines';
import { DATABASES_API_PATH, encodeRison } from '@superset-ts/shared';
import type { ExamplesApi } from './examples-api.js';
import { ExamplesError } from './loader/examples-error.js';
import { apiMessageOf } from './metadata/example-metadata.error.js';

/** The name of the database record that holds the example tables, as in Superset. */
export const EXAMPLES_DATABASE_NAME = 'examples';

function requireOk<T>(response: { status: number; body: unknown }, what: string): T {
  if (response.status >= 200 && response.status < 300) return response.body as T;
  throw new ExamplesError(
    'EXAMPLES_API_FAILED',
    `Could not ${what} (HTTP ${response.status}): ${apiMessageOf(response.body)}`,
  );
}

function withoutPassword(uri: string): string {
  return formatSqlalchemyUri(parseSqlalchemyUri(uri), { password: 'omit' });
}

/**
 * Makes sure the database named "examples" exists and points at `examplesUri` (created with
 * SQL Lab access, or its URL updated when SQLALCHEMY_EXAMPLES_URI changed); returns its id.
 * @throws ExamplesError EXAMPLES_API_FAILED with what the API answered.
 */
export async function ensureExamplesDatabase(
  api: ExamplesApi,
  examplesUri: string,
): Promise<{ id: number; status: 'created' | 'updated' | 'unchanged' }> {
  const q = encodeRison({
    filters: [{ col: 'database_name', opr: 'eq', value: EXAMPLES_DATABASE_NAME }],
  });
  const list = requireOk<{ result: { id: number }[] }>(
    await api.request('GET', `${DATABASES_API_PATH}?q=${q}`),
    'list the databases',
  );
  const existing = list.result[0];
  if (!existing) {
    const created = requireOk<{ id: number }>(
      await api.request('POST', DATABASES_API_PATH, {
        database_name: EXAMPLES_DATABASE_NAME,
        sqlalchemy_uri: examplesUri,
        expose_in_sqllab: true,
      }),
      'create the "examples" database',
    );
    return { id: created.id, status: 'created' };
  }
  const detail = requireOk<{ result: { sqlalchemy_uri: string } }>(
    await api.request('GET', `${DATABASES_API_PATH}${existing.id}`),
    'read the "examples" database',
  );
  if (withoutPassword(detail.result.sqlalchemy_uri) === withoutPassword(examplesUri)) {
    return { id: existing.id, status: 'unchanged' };
  }
  requireOk(
    await api.request('PUT', `${DATABASES_API_PATH}${existing.id}`, {
      sqlalchemy_uri: examplesUri,
    }),
    'point the "examples" database at SQLALCHEMY_EXAMPLES_URI',
  );
  return { id: existing.id, status: 'updated' };
}
