import {
  parseSqlalchemyUri,
  type EngineRegistry,
  type EngineSpec,
  type SqlalchemyUri,
} from '@superset-ts/engines';
import type { SecretCipher } from '../../security/secrets/secret-cipher.js';
import type { DatabaseRecord } from './database.record.js';
import { DEFAULT_EXTRA_JSON, parseDatabaseExtra, type DatabaseExtra } from './database-extra.js';
import type { EncryptedExtra } from './encrypted-extra.js';
import type { DatabaseEngineFacts } from './database.presenter.js';

/** A saved database's connection with its secrets decrypted (never sent anywhere as is). */
export interface StoredDatabase {
  record: DatabaseRecord;
  maskedUri: string;
  password: string | null;
  extraText: string;
  extra: DatabaseExtra;
  encryptedExtra: EncryptedExtra | null;
  serverCert: string | null;
}

/** Encrypts a nullable secret column value. */
export function encryptNullable(cipher: SecretCipher, value: string | null): string | null {
  return value === null ? null : cipher.encrypt(value);
}

/** Decrypts a saved row's secrets; throws ENCRYPTED_FIELD_UNREADABLE under another SECRET_KEY. */
export function decryptStoredDatabase(
  cipher: SecretCipher,
  record: DatabaseRecord,
): StoredDatabase {
  const extraText = record.extra ?? DEFAULT_EXTRA_JSON;
  const encryptedExtraText = record.encrypted_extra ? cipher.decrypt(record.encrypted_extra) : null;
  return {
    record,
    maskedUri: record.sqlalchemy_uri,
    password: record.password ? cipher.decrypt(record.password) : null,
    extraText,
    extra: parseStoredExtra(extraText),
    encryptedExtra: encryptedExtraText ? (JSON.parse(encryptedExtraText) as EncryptedExtra) : null,
    serverCert: record.server_cert ? cipher.decrypt(record.server_cert) : null,
  };
}

function parseStoredExtra(text: string): DatabaseExtra {
  try {
    return parseDatabaseExtra(text);
  } catch {
    // A row written before today's checks still opens; its extra counts as empty.
    return {};
  }
}

/** The saved URL with its real password, as a connection needs it. */
export function storedUriOf(stored: StoredDatabase): SqlalchemyUri {
  return { ...parseSqlalchemyUri(stored.maskedUri), password: stored.password };
}

/** The engine facts of a saved row; never throws (an unknown backend gives a null spec). */
export function engineFactsOf(
  engines: EngineRegistry,
  record: DatabaseRecord,
): DatabaseEngineFacts {
  let uri: SqlalchemyUri | null = null;
  let spec: EngineSpec | null = null;
  try {
    uri = parseSqlalchemyUri(record.sqlalchemy_uri);
    spec = engines.forUri(uri);
  } catch {
    // Shown with what can be read; using it reports the problem.
  }
  return {
    backend: uri?.backend ?? /^[A-Za-z][\w-]*/.exec(record.sqlalchemy_uri)?.[0] ?? '',
    uri,
    spec,
    costEstimateEnabled: parseStoredExtra(record.extra ?? '{}').cost_estimate_enabled === true,
  };
}
