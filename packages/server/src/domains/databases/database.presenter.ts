import type {
  AvailableEngine,
  DatabaseDetail,
  DatabaseListItem,
  TableMetadataResponse,
} from '@superset-ts/shared';
import type { EngineSpec, SqlalchemyUri, TableMetadata } from '@superset-ts/engines';
import { humanizeTimeAgo } from '../logs/log.presenter.js';
import { parametersFromUri, hasBasicParametersForm } from './connection-parameters.js';
import type { DatabaseRecord } from './database.record.js';
import { DEFAULT_EXTRA_JSON } from './database-extra.js';

/** What is known of a saved database's engine: its URL parsed and its spec (null when unknown). */
export interface DatabaseEngineFacts {
  backend: string;
  uri: SqlalchemyUri | null;
  spec: EngineSpec | null;
  costEstimateEnabled: boolean;
}

/** The decrypted parts a detail view shows (masked). */
export interface DatabaseSecretsView {
  maskedEncryptedExtra: string | null;
  serverCert: string | null;
}

/** Superset's `engine_information` of a spec. */
export function engineInformationOf(
  spec: EngineSpec | null,
): DatabaseListItem['engine_information'] {
  return {
    supports_file_upload: spec?.capabilities.fileUpload ?? false,
    // This server has no SSH tunnels, so no engine offers them.
    disable_ssh_tunneling: true,
    supports_dynamic_catalog: false,
    supports_oauth2: false,
  };
}

/** A database as the list shows it. */
export function presentDatabaseListItem(
  record: DatabaseRecord,
  facts: DatabaseEngineFacts,
  now: Date,
): DatabaseListItem {
  return {
    id: record.id,
    uuid: record.uuid,
    database_name: record.database_name,
    backend: facts.backend,
    expose_in_sqllab: record.expose_in_sqllab,
    allow_run_async: record.allow_run_async,
    allow_dml: record.allow_dml,
    allow_ctas: record.allow_ctas,
    allow_cvas: record.allow_cvas,
    allow_file_upload: record.allow_file_upload,
    allows_subquery: facts.spec?.capabilities.subqueries ?? false,
    allows_cost_estimate:
      (facts.spec?.capabilities.costEstimate ?? false) && facts.costEstimateEnabled,
    force_ctas_schema: record.force_ctas_schema,
    extra: record.extra ?? DEFAULT_EXTRA_JSON,
    engine_information: engineInformationOf(facts.spec),
    created_by: record.created_by,
    changed_by: record.changed_by,
    changed_on: record.changed_on?.toISOString() ?? null,
    changed_on_delta_humanized: record.changed_on ? humanizeTimeAgo(record.changed_on, now) : '',
  };
}

/** A database as `GET /api/v1/database/{pk}` shows it: the password and secret fields masked. */
export function presentDatabaseDetail(
  record: DatabaseRecord,
  facts: DatabaseEngineFacts,
  secrets: DatabaseSecretsView,
  now: Date,
): DatabaseDetail {
  const { spec, uri } = facts;
  const hasForm = spec !== null && hasBasicParametersForm(spec);
  return {
    ...presentDatabaseListItem(record, facts, now),
    sqlalchemy_uri: record.sqlalchemy_uri,
    configuration_method: record.configuration_method,
    driver: uri?.driver ?? spec?.defaultDriver ?? '',
    engine: spec?.engine ?? facts.backend,
    parameters: hasForm && uri ? parametersFromUri(spec, uri) : {},
    parameters_schema: hasForm ? { ...spec.parametersSchema } : null,
    masked_encrypted_extra: secrets.maskedEncryptedExtra,
    impersonate_user: record.impersonate_user,
    server_cert: secrets.serverCert,
    cache_timeout: record.cache_timeout,
    is_managed_externally: record.is_managed_externally,
  };
}

/** One engine of `GET /api/v1/database/available/`. */
export function presentAvailableEngine(
  spec: EngineSpec,
  options: { drivers: readonly string[]; isInstalled: boolean; isPreferred: boolean },
): AvailableEngine {
  return {
    name: spec.engineName,
    engine: spec.engine,
    available_drivers: [...options.drivers].sort(),
    default_driver: spec.defaultDriver,
    sqlalchemy_uri_placeholder: spec.sqlalchemyUriPlaceholder,
    ...(spec.parametersSchema && hasBasicParametersForm(spec)
      ? { parameters: { ...spec.parametersSchema } }
      : {}),
    engine_information: engineInformationOf(spec),
    installed: options.isInstalled,
    tested: spec.tested,
    preferred: options.isPreferred,
    ...(spec.notes ? { notes: spec.notes } : {}),
  };
}

type KeyEntry = Record<string, unknown> & { column_names: string[] };

/**
 * A table's metadata in Superset's shape (`get_table_metadata`): each column lists the keys
 * it belongs to, and `indexes` holds every key (primary, foreign, index), as Superset's does.
 */
export function presentTableMetadata(
  metadata: TableMetadata,
  selectStar: string,
): TableMetadataResponse {
  const primaryKey =
    metadata.primaryKey && metadata.primaryKey.column_names.length > 0
      ? {
          name: metadata.primaryKey.name,
          constrained_columns: metadata.primaryKey.column_names,
          type: 'pk' as const,
        }
      : null;
  const foreignKeys: KeyEntry[] = metadata.foreignKeys.map((fk) => ({
    ...fk,
    column_names: fk.constrained_columns,
    type: 'fk',
  }));
  const indexes: KeyEntry[] = metadata.indexes.map((index) => ({ ...index, type: 'index' }));
  const keys: KeyEntry[] = [
    ...(primaryKey ? [{ ...primaryKey, column_names: primaryKey.constrained_columns }] : []),
    ...foreignKeys,
    ...indexes,
  ];
  return {
    name: metadata.name,
    columns: metadata.columns.map((column) => ({
      name: column.name,
      type: column.type.split('(')[0] ?? column.type,
      type_generic: column.genericType,
      longType: column.type,
      nullable: column.nullable,
      default: column.default,
      comment: column.comment,
      keys: keys.filter((key) => key.column_names.includes(column.name)),
    })),
    selectStar,
    primaryKey,
    foreignKeys,
    indexes: keys,
    comment: metadata.comment,
  };
}
