import { PASSWORD_MASK } from '@superset-ts/shared';
import type { EngineSpec, SqlalchemyUri } from '@superset-ts/engines';
import { AppError } from '../../errors/app-error.js';

/** The fields of the basic parameters form (Superset's BasicParametersMixin). */
const BASIC_FIELDS = new Set([
  'host',
  'port',
  'database',
  'username',
  'password',
  'query',
  'encryption',
]);

/** The query option that asks each engine for TLS; Superset's `encryption_parameters`. */
const ENCRYPTION_OPTION: Readonly<Record<string, readonly [string, string]>> = {
  mysql: ['ssl', '1'],
  mariadb: ['ssl', '1'],
};
const DEFAULT_ENCRYPTION_OPTION = ['sslmode', 'require'] as const;

function encryptionOptionOf(spec: EngineSpec): readonly [string, string] {
  return ENCRYPTION_OPTION[spec.engine] ?? DEFAULT_ENCRYPTION_OPTION;
}

/** Whether the spec's parameters form is the basic one this server can turn into a URL. */
export function hasBasicParametersForm(spec: EngineSpec): boolean {
  const schema = spec.parametersSchema;
  return schema !== null && Object.keys(schema.properties).every((key) => BASIC_FIELDS.has(key));
}

function isPresent(value: unknown): boolean {
  return value !== undefined && value !== null && value !== '' && value !== 0 && value !== false;
}

/** The required fields the form left empty, sorted (Superset's `missing`). */
export function missingParameters(spec: EngineSpec, parameters: Record<string, unknown>): string[] {
  const required = spec.parametersSchema?.required ?? [];
  return required.filter((field) => !isPresent(parameters[field])).sort();
}

/** The port as a number, or null when it is not a whole number in 0-65535. */
export function portOf(value: unknown): number | null {
  const port = typeof value === 'number' ? value : Number(String(value).trim());
  return Number.isInteger(port) && port >= 0 && port <= 65535 ? port : null;
}

/** A text field of the form; anything but text or a number counts as empty. */
function textOf(value: unknown): string | null {
  if (typeof value === 'number') return String(value);
  return typeof value === 'string' && value !== '' ? value : null;
}

function queryEntriesOf(value: unknown): Array<readonly [string, string]> {
  if (value === undefined || value === null || value === '') return [];
  if (typeof value !== 'object' || Array.isArray(value)) {
    throw new AppError('INVALID_PAYLOAD_SCHEMA_ERROR', 'parameters.query must be an object.', {
      fields: { 'parameters.query': ['must be an object'] },
    });
  }
  return Object.entries(value as Record<string, unknown>).map(([key, item]) => {
    if (typeof item !== 'string' && typeof item !== 'number' && typeof item !== 'boolean') {
      throw new AppError(
        'INVALID_PAYLOAD_SCHEMA_ERROR',
        `parameters.query.${key} must be text, a number or true/false.`,
        { fields: { [`parameters.query.${key}`]: ['must be text, a number or true/false'] } },
      );
    }
    return [key, String(item)] as const;
  });
}

/**
 * Builds the connection URL of the parameters form: `backend+driver://user:password@host:port/database?query`,
 * with `encryption` turned into the engine's TLS option. Throws
 * CONNECTION_MISSING_PARAMETERS_ERROR naming empty required fields, or
 * CONNECTION_INVALID_PORT_ERROR.
 */
export function uriFromParameters(
  spec: EngineSpec,
  parameters: Record<string, unknown>,
  driver: string | undefined,
): SqlalchemyUri {
  if (!hasBasicParametersForm(spec)) {
    throw new AppError(
      'INVALID_PAYLOAD_SCHEMA_ERROR',
      `${spec.engineName} has no parameters form here: connect it with a SQLAlchemy URI.`,
    );
  }
  const missing = missingParameters(spec, parameters);
  if (missing.length > 0) {
    throw new AppError(
      'CONNECTION_MISSING_PARAMETERS_ERROR',
      `One or more parameters are missing: ${missing.join(', ')}`,
      { missing },
    );
  }
  const port = isPresent(parameters.port) ? portOf(parameters.port) : null;
  if (isPresent(parameters.port) && port === null) {
    throw new AppError('CONNECTION_INVALID_PORT_ERROR', undefined, { invalid: ['port'] });
  }
  const query = queryEntriesOf(parameters.query);
  if (parameters.encryption === true) query.push(encryptionOptionOf(spec));
  const chosenDriver = driver && spec.drivers.includes(driver) ? driver : spec.defaultDriver;
  return {
    backend: spec.backends[0] ?? spec.engine,
    driver: chosenDriver || null,
    username: textOf(parameters.username),
    password: textOf(parameters.password),
    host: textOf(parameters.host),
    port,
    database: textOf(parameters.database),
    query,
  };
}

/**
 * The parameters form's values read back from a saved URL, the password masked; `encryption`
 * is true when the engine's TLS option is there (and that option is left out of `query`).
 */
export function parametersFromUri(spec: EngineSpec, uri: SqlalchemyUri): Record<string, unknown> {
  const [tlsKey, tlsValue] = encryptionOptionOf(spec);
  const query = Object.fromEntries(uri.query);
  const encryption = query[tlsKey] === tlsValue;
  if (encryption) delete query[tlsKey];
  return {
    host: uri.host,
    port: uri.port ?? spec.defaultPort,
    database: uri.database,
    username: uri.username,
    ...(uri.password !== null ? { password: PASSWORD_MASK } : {}),
    query,
    encryption,
  };
}
