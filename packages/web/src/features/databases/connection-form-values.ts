import type { DatabaseCreate, DatabaseDetail, DatabaseTestConnection } from '@superset-ts/shared';
import type { EngineChoice } from './engine-choice';
import { formatJsonObject, jsonObjectOf, parseJsonObject, type JsonObject } from './json-text';
import {
  defaultParameterValues,
  formatQueryText,
  parseQueryText,
  type ParameterField,
} from './parameters-form';

/** How the connection is entered: the engine's parameters form, or a SQLAlchemy URI. */
export type ConfigurationMethod = 'dynamic_form' | 'sqlalchemy_form';

/**
 * Everything the connection dialog edits. JSON settings stay text while they are edited, so
 * a half-typed value is kept and its problem shown; they are parsed when the form is sent.
 */
export interface ConnectionFormValues {
  database_name: string;
  configuration_method: ConfigurationMethod;
  sqlalchemy_uri: string;
  /** The parameters form: query parameters as `a=b&c=d` text, objects as JSON text. */
  parameters: Record<string, unknown>;
  expose_in_sqllab: boolean;
  allow_ctas: boolean;
  allow_cvas: boolean;
  force_ctas_schema: string;
  allow_dml: boolean;
  allow_run_async: boolean;
  cache_timeout: number | null;
  masked_encrypted_extra: string;
  server_cert: string;
  impersonate_user: boolean;
  allow_file_upload: boolean;
  /** `extra.schemas_allowed_for_file_upload`. */
  schemas_allowed_for_file_upload: string[];
  /** `extra.metadata_params` as JSON text. */
  metadata_params: string;
  /** `extra.engine_params` as JSON text. */
  engine_params: string;
  /** `extra.version`. */
  version: string;
}

/** The keys of `extra` the form edits; the others are kept as they were. */
const FORM_EXTRA_KEYS = [
  'metadata_params',
  'engine_params',
  'version',
  'schemas_allowed_for_file_upload',
] as const;

/** A new connection to `engine`: its form's defaults, and Superset's defaults for the rest. */
export function newConnectionValues(engine: EngineChoice): ConnectionFormValues {
  return {
    database_name: engine.name,
    configuration_method: engine.parameterFields ? 'dynamic_form' : 'sqlalchemy_form',
    sqlalchemy_uri: '',
    parameters: engine.parameterFields ? defaultParameterValues(engine.parameterFields) : {},
    expose_in_sqllab: true,
    allow_ctas: false,
    allow_cvas: false,
    force_ctas_schema: '',
    allow_dml: false,
    allow_run_async: false,
    cache_timeout: null,
    masked_encrypted_extra: '',
    server_cert: '',
    impersonate_user: false,
    allow_file_upload: false,
    schemas_allowed_for_file_upload: [],
    metadata_params: '',
    engine_params: '',
    version: '',
  };
}

function parametersForForm(
  fields: readonly ParameterField[] | null,
  stored: Record<string, unknown>,
): Record<string, unknown> {
  if (!fields) return {};
  return Object.fromEntries(
    fields.map((field) => {
      const value = stored[field.name] ?? field.defaultValue;
      if (field.kind === 'query') return [field.name, formatQueryText(value)];
      if (field.kind === 'json') return [field.name, formatJsonObject(value)];
      return [field.name, value];
    }),
  );
}

function stringsOf(value: unknown): string[] {
  return Array.isArray(value)
    ? value.filter((item): item is string => typeof item === 'string')
    : [];
}

/** A stored database as the form shows it; secrets stay masked as the server sent them. */
export function connectionValuesOf(
  database: DatabaseDetail,
  engine: EngineChoice,
): ConnectionFormValues {
  const extra = jsonObjectOf(database.extra);
  const isDynamic = database.configuration_method === 'dynamic_form' && engine.parameterFields;
  return {
    database_name: database.database_name,
    configuration_method: isDynamic ? 'dynamic_form' : 'sqlalchemy_form',
    sqlalchemy_uri: database.sqlalchemy_uri,
    parameters: parametersForForm(engine.parameterFields, database.parameters),
    expose_in_sqllab: database.expose_in_sqllab,
    allow_ctas: database.allow_ctas,
    allow_cvas: database.allow_cvas,
    force_ctas_schema: database.force_ctas_schema ?? '',
    allow_dml: database.allow_dml,
    allow_run_async: database.allow_run_async,
    cache_timeout: database.cache_timeout,
    masked_encrypted_extra: database.masked_encrypted_extra ?? '',
    server_cert: database.server_cert ?? '',
    impersonate_user: database.impersonate_user,
    allow_file_upload: database.allow_file_upload,
    schemas_allowed_for_file_upload: stringsOf(extra.schemas_allowed_for_file_upload),
    metadata_params: formatJsonObject(extra.metadata_params),
    engine_params: formatJsonObject(extra.engine_params),
    version: typeof extra.version === 'string' ? extra.version : '',
  };
}

/** A form field whose JSON (or parameters) text cannot be read, and why. */
export interface JsonProblem {
  /** The form field's name path. */
  name: (string | number)[];
  /** The field's label, to name it away from the field. */
  label: string;
  problem: string;
}

/** The advanced settings that hold JSON, with their labels. */
const JSON_SETTINGS = [
  ['masked_encrypted_extra', 'Secure extra'],
  ['metadata_params', 'Metadata parameters'],
  ['engine_params', 'Engine parameters'],
] as const;

/** The JSON (and query-text) fields whose text cannot be read; Connect waits until none is left. */
export function findJsonProblems(
  values: Partial<ConnectionFormValues>,
  fields: readonly ParameterField[] | null,
): JsonProblem[] {
  const problems: JsonProblem[] = [];
  for (const [name, label] of JSON_SETTINGS) {
    const check = parseJsonObject(values[name]);
    if (!check.isValid) problems.push({ name: [name], label, problem: check.problem });
  }
  if (values.configuration_method === 'dynamic_form') {
    for (const field of fields ?? []) {
      const text = values.parameters?.[field.name];
      const check =
        field.kind === 'json'
          ? parseJsonObject(typeof text === 'string' ? text : '')
          : field.kind === 'query'
            ? parseQueryText(typeof text === 'string' ? text : '')
            : null;
      if (check && !check.isValid) {
        problems.push({
          name: ['parameters', field.name],
          label: field.label,
          problem: check.problem,
        });
      }
    }
  }
  return problems;
}

/** Reads a JSON field that the form already checked. */
function objectOf(text: string | undefined): JsonObject {
  const check = parseJsonObject(text);
  return check.isValid ? check.value : {};
}

function parametersForApi(
  fields: readonly ParameterField[],
  values: Record<string, unknown>,
): Record<string, unknown> {
  const result: Record<string, unknown> = {};
  for (const field of fields) {
    const value = values[field.name];
    if (value === undefined || value === null) continue;
    if (field.kind === 'query') {
      const check = parseQueryText(typeof value === 'string' ? value : '');
      result[field.name] = check.isValid ? check.value : {};
    } else if (field.kind === 'json') {
      result[field.name] = objectOf(typeof value === 'string' ? value : '');
    } else {
      result[field.name] = typeof value === 'string' ? value.trim() : value;
    }
  }
  return result;
}

/**
 * The `extra` JSON to send: what was stored (keys this form does not edit are kept) with the
 * form's metadata and engine parameters, version and upload schemas.
 */
export function extraOf(values: ConnectionFormValues, storedExtra: string | null): string {
  const extra: JsonObject = { ...jsonObjectOf(storedExtra) };
  for (const key of FORM_EXTRA_KEYS) delete extra[key];
  const metadataParams = objectOf(values.metadata_params);
  const engineParams = objectOf(values.engine_params);
  if (Object.keys(metadataParams).length > 0) extra.metadata_params = metadataParams;
  if (Object.keys(engineParams).length > 0) extra.engine_params = engineParams;
  if (values.version.trim()) extra.version = values.version.trim();
  if (values.schemas_allowed_for_file_upload.length > 0) {
    extra.schemas_allowed_for_file_upload = values.schemas_allowed_for_file_upload;
  }
  return JSON.stringify(extra);
}

const nullIfBlank = (text: string): string | null => (text.trim() === '' ? null : text.trim());

/** How the database is reached: the URI, or the engine and its parameters. */
function connectionOf(values: ConnectionFormValues, engine: EngineChoice) {
  if (values.configuration_method === 'dynamic_form' && engine.parameterFields) {
    return {
      configuration_method: 'dynamic_form' as const,
      engine: engine.engine,
      driver: engine.driver,
      parameters: parametersForApi(engine.parameterFields, values.parameters),
    };
  }
  // The URI names its own backend, so the engine is not sent alongside it.
  return {
    configuration_method: 'sqlalchemy_form' as const,
    sqlalchemy_uri: values.sqlalchemy_uri.trim(),
  };
}

/** The body of `test_connection/`; `databaseName` lets the server reuse a stored password. */
export function testConnectionBody(
  values: ConnectionFormValues,
  engine: EngineChoice,
  storedExtra: string | null,
  databaseName: string,
): DatabaseTestConnection {
  return {
    database_name: databaseName,
    ...connectionOf(values, engine),
    extra: extraOf(values, storedExtra),
    masked_encrypted_extra: nullIfBlank(values.masked_encrypted_extra),
    impersonate_user: values.impersonate_user,
    server_cert: nullIfBlank(values.server_cert),
  };
}

/** The body of a create (POST) or an update (PUT). */
export function databaseBodyOf(
  values: ConnectionFormValues,
  engine: EngineChoice,
  storedExtra: string | null,
): DatabaseCreate {
  return {
    database_name: values.database_name.trim(),
    ...connectionOf(values, engine),
    extra: extraOf(values, storedExtra),
    masked_encrypted_extra: nullIfBlank(values.masked_encrypted_extra),
    impersonate_user: values.impersonate_user,
    server_cert: nullIfBlank(values.server_cert),
    expose_in_sqllab: values.expose_in_sqllab,
    allow_ctas: values.allow_ctas,
    allow_cvas: values.allow_cvas,
    force_ctas_schema: nullIfBlank(values.force_ctas_schema),
    allow_dml: values.allow_dml,
    allow_run_async: values.allow_run_async,
    allow_file_upload: values.allow_file_upload,
    cache_timeout: values.cache_timeout ?? null,
  };
}
