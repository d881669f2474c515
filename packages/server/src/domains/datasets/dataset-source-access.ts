import type { DatasetUpdate } from '@superset-ts/shared';
import { AppError } from '../../errors/app-error.js';
import type { Actor } from '../../security/access/actor.js';
import type { DatasetContext } from './dataset-context.js';
import type { DatasetRecord } from './dataset.record.js';
import { DatasetInvalidError } from './dataset.errors.js';

const blank = (value: string | null | undefined) => (value ?? '').trim();

/** Whether an update changes what the dataset reads: its SQL, table, schema or catalog. */
export function changesSource(body: DatasetUpdate, previous: DatasetRecord): boolean {
  const changed = (next: string | null | undefined, before: string | null) =>
    next !== undefined && blank(next) !== blank(before);
  return (
    changed(body.sql, previous.sql) ||
    changed(body.table_name, previous.table_name) ||
    changed(body.schema, previous.schema) ||
    changed(body.catalog, previous.catalog)
  );
}

/**
 * Pointing a dataset at other data (new SQL, another table) is authorised as creating one:
 * the actor must be able to use the whole database. Owning the dataset, or reading its data,
 * is not enough, or an owner could rewrite its SQL to read any table (CVE-2026-23982,
 * CVE-2024-24779).
 */
export async function requireSourceAccess(
  context: DatasetContext,
  actor: Actor,
  databaseId: number,
): Promise<void> {
  try {
    await context.databases.getVisible(actor, databaseId);
  } catch (error) {
    if (!(error instanceof AppError) || error.status !== 404) throw error;
    throw new AppError(
      'ACCESS_DENIED',
      "Changing a dataset's SQL, table, schema or catalog, or copying it, needs access to its whole database. Ask an Admin for database access.",
    );
  }
}

/**
 * A dataset's `default_endpoint` under PREVENT_UNSAFE_DEFAULT_URLS_ON_DATASET: only a path on
 * this site (`/superset/...`), never another host, a protocol-relative `//host` or a
 * `javascript:` URL (CVE-2022-43721, CVE-2023-42502).
 */
export function requireSafeDefaultUrl(url: string | null | undefined): void {
  const text = blank(url);
  if (text === '') return;
  // eslint-disable-next-line no-control-regex -- control characters are what is refused
  const isSitePath = /^\/(?![/\\])/.test(text) && !/[\u0000-\u001f\\]/.test(text);
  if (!isSitePath) {
    throw new DatasetInvalidError({
      default_endpoint: [
        'The submitted URL is not considered safe, only use URLs with the same domain as Superset.',
      ],
    });
  }
}
