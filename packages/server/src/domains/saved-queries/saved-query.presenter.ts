import type { SavedQuery } from '@superset-ts/shared';
import { humanizeTimeAgo } from '../logs/log.presenter.js';
import { parseExtraJson } from './saved-query-extra.js';
import type { SavedQueryRecord } from './saved-query.record.js';

/** A saved query as `/api/v1/saved_query/` shows it. */
export function presentSavedQuery(record: SavedQueryRecord, now: Date): SavedQuery {
  return {
    id: record.id,
    uuid: record.uuid,
    label: record.label,
    description: record.description,
    db_id: record.db_id ?? 0,
    database: { id: record.db_id ?? 0, database_name: record.database_name ?? '' },
    catalog: record.catalog,
    schema: record.schema,
    sql: record.sql,
    template_parameters: record.template_parameters,
    extra_json: record.extra_json,
    rows: record.rows,
    last_run: record.last_run?.toISOString() ?? null,
    changed_on: record.changed_on?.toISOString() ?? null,
    changed_on_delta_humanized: record.changed_on ? humanizeTimeAgo(record.changed_on, now) : '',
    created_by: record.created_by
      ? {
          id: record.created_by.id,
          first_name: record.created_by.first_name,
          last_name: record.created_by.last_name,
        }
      : null,
  };
}

/** The columns of the legacy `/savedqueryviewapi/api/read`, in Superset's order. */
export const LEGACY_LIST_COLUMNS = [
  'id',
  'label',
  'sqlalchemy_uri',
  'user_email',
  'schema',
  'description',
  'sql',
  'extra_json',
  'extra',
] as const;

const LEGACY_LABELS: Readonly<Record<(typeof LEGACY_LIST_COLUMNS)[number], string>> = {
  id: 'Id',
  label: 'Label',
  sqlalchemy_uri: 'Sqlalchemy Uri',
  user_email: 'User Email',
  schema: 'Schema',
  description: 'Description',
  sql: 'SQL',
  extra_json: 'Extra Json',
  extra: 'Extra',
};

/**
 * Flask-AppBuilder's ModelView JSON (`api/read`) over saved queries, which external schedulers
 * poll: `extra` is `extra_json` parsed, so a scheduler reads `extra.schedule_info` directly.
 * `pks` is FAB's name for the ids; `ids` repeats them under this API's usual name.
 */
export function presentLegacyRead(records: readonly SavedQueryRecord[]) {
  const ids = records.map((record) => record.id);
  return {
    label_columns: LEGACY_LABELS,
    list_columns: [...LEGACY_LIST_COLUMNS],
    order_columns: ['label', 'schema', 'description', 'changed_on'],
    modelview_name: 'SavedQueryViewApi',
    page: null,
    page_size: null,
    count: records.length,
    pks: ids,
    ids,
    result: records.map((record) => ({
      id: record.id,
      label: record.label,
      sqlalchemy_uri: record.sqlalchemy_uri,
      user_email: record.created_by?.email ?? null,
      schema: record.schema,
      description: record.description,
      sql: record.sql,
      extra_json: record.extra_json,
      extra: parseExtraJson(record.extra_json),
    })),
  };
}
