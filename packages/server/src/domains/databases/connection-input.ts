import type { DatabaseCreate } from '@superset-ts/shared';
import {
  formatSqlalchemyUri,
  type EngineRegistry,
  type EngineSpec,
  type SqlalchemyUri,
} from '@superset-ts/engines';
import { AppError } from '../../errors/app-error.js';
import { uriFromParameters } from './connection-parameters.js';
import { DEFAULT_EXTRA_JSON, parseDatabaseExtra, type DatabaseExtra } from './database-extra.js';
import {
  parseEncryptedExtra,
  unmaskEncryptedExtra,
  type EncryptedExtra,
} from './encrypted-extra.js';
import type { StoredDatabase } from './stored-database.js';
import { storedUriOf } from './stored-database.js';
import { acceptSubmittedUri, maskedUriOf } from './submitted-uri.js';

/** The connection fields a create, an update or a connection test may send. */
export type ConnectionFields = Pick<
  DatabaseCreate,
  | 'sqlalchemy_uri'
  | 'configuration_method'
  | 'engine'
  | 'driver'
  | 'parameters'
  | 'extra'
  | 'masked_encrypted_extra'
  | 'server_cert'
>;

/** A connection as submitted, merged with the saved one: secrets in clear, masks resolved. */
export interface ConnectionInput {
  /** The URL with the real password. */
  uri: SqlalchemyUri;
  /** The URL with the password masked: what is stored and shown. */
  maskedUri: string;
  configurationMethod: 'sqlalchemy_form' | 'dynamic_form';
  extraText: string;
  extra: DatabaseExtra;
  encryptedExtra: EncryptedExtra | null;
  serverCert: string | null;
}

function specForParameters(
  engines: EngineRegistry,
  fields: ConnectionFields,
  stored: StoredDatabase | null,
): EngineSpec {
  const engine = fields.engine ?? (stored ? engines.forUri(storedUriOf(stored)).engine : undefined);
  const spec = engine ? engines.byEngine(engine) : undefined;
  if (!spec) {
    throw new AppError(
      'UNKNOWN_ENGINE_ERROR',
      engine
        ? `No engine is known as "${engine}". GET /api/v1/database/available/ lists the engines.`
        : 'The parameters form needs the engine: send "engine" with "parameters".',
    );
  }
  return spec;
}

function submittedUriText(
  engines: EngineRegistry,
  fields: ConnectionFields,
  stored: StoredDatabase | null,
): string | null {
  if (fields.configuration_method === 'dynamic_form' && fields.parameters) {
    const spec = specForParameters(engines, fields, stored);
    return formatSqlalchemyUri(uriFromParameters(spec, fields.parameters, fields.driver), {
      password: 'keep',
    });
  }
  return fields.sqlalchemy_uri ?? null;
}

/**
 * Reads the connection fields of a request over the saved database (null for a new one):
 * a URL typed or built from the parameters form, where PASSWORD_MASK keeps the saved
 * password; `extra` validated; `masked_encrypted_extra` with its masks put back; fields not
 * sent keep their saved values.
 */
export function readConnectionInput(
  engines: EngineRegistry,
  fields: ConnectionFields,
  stored: StoredDatabase | null,
): ConnectionInput {
  const text = submittedUriText(engines, fields, stored);
  let uri: SqlalchemyUri;
  let maskedUri: string;
  if (text !== null) {
    ({ uri, maskedUri } = acceptSubmittedUri(
      text,
      stored && { maskedUri: stored.maskedUri, password: stored.password },
    ));
  } else if (stored) {
    uri = storedUriOf(stored);
    maskedUri = maskedUriOf(uri);
  } else {
    const message = 'sqlalchemy_uri is required (or engine and parameters with dynamic_form)';
    throw new AppError('INVALID_PAYLOAD_SCHEMA_ERROR', `The request is not valid: ${message}`, {
      fields: { sqlalchemy_uri: [message] },
    });
  }
  const extraText =
    fields.extra !== undefined ? fields.extra : (stored?.extraText ?? DEFAULT_EXTRA_JSON);
  const spec = engines.forUri(uri);
  let encryptedExtra = stored?.encryptedExtra ?? null;
  if (fields.masked_encrypted_extra !== undefined) {
    const submitted = parseEncryptedExtra(fields.masked_encrypted_extra);
    encryptedExtra = submitted
      ? unmaskEncryptedExtra(submitted, encryptedExtra, spec.encryptedExtraSensitiveFields)
      : null;
  }
  const serverCert =
    fields.server_cert !== undefined ? fields.server_cert || null : (stored?.serverCert ?? null);
  return {
    uri,
    maskedUri,
    configurationMethod:
      fields.configuration_method ?? stored?.record.configuration_method ?? 'sqlalchemy_form',
    extraText,
    extra: parseDatabaseExtra(extraText),
    encryptedExtra,
    serverCert,
  };
}
