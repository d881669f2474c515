import { EngineError } from '../spec/engine-error.js';
import type { EngineSpec } from '../spec/engine-spec.js';
import type { ConnectionSettings, OptionValue, TlsSettings } from './connection-settings.js';
import { applyOptionRules, coerceOption } from './option-rules.js';
import type { SqlalchemyUri } from './sqlalchemy-uri.js';

const TLS_MODES: readonly TlsSettings['mode'][] = [
  'disable',
  'allow',
  'prefer',
  'require',
  'verify-ca',
  'verify-full',
];
const PEM_FIELDS = { sslrootcert: 'rootCertPem', sslcert: 'certPem', sslkey: 'keyPem' } as const;
const TLS_FIELDS = new Set(['sslmode', 'ssl', ...Object.keys(PEM_FIELDS)]);
const PEM = /^-----BEGIN [A-Z0-9 ]+-----[\s\S]+-----END [A-Z0-9 ]+-----\s*$/;

/** What besides the URI decides a connection (fields of the database row). */
export interface ConnectionInputs {
  /** `extra.engine_params.connect_args`. */
  connectArgs?: Readonly<Record<string, unknown>>;
  /** Decrypted `encrypted_extra`. */
  encryptedExtra?: Readonly<Record<string, unknown>>;
  /** `server_cert`: a root certificate (PEM) to trust. */
  serverCert?: string | null;
  /** Replaces the URI's password (SQLALCHEMY_CUSTOM_PASSWORD_STORE or the decrypted stored one). */
  password?: string | null;
  connectTimeoutMs: number;
  poolSize: number;
}

function pemOnly(name: string, value: unknown): string {
  if (typeof value !== 'string' || !PEM.test(value.trim())) {
    throw new EngineError(
      'UNKNOWN_CONNECTION_PARAMETER',
      `"${name}" must hold the certificate or key itself (PEM text starting with -----BEGIN), not a file path.`,
      { parameter: name },
    );
  }
  return value.trim();
}

function tlsFrom(
  spec: EngineSpec,
  sources: ReadonlyArray<Readonly<Record<string, unknown>>>,
  serverCert: string | null | undefined,
): TlsSettings | undefined {
  const merged: Record<string, unknown> = Object.fromEntries(
    sources.flatMap((source) => Object.entries(source)),
  );
  const mentioned = Object.keys(merged).filter((key) => TLS_FIELDS.has(key));
  if (!spec.supportsTls) {
    if (mentioned.length > 0 || serverCert) {
      const parameter = mentioned[0] ?? 'server_cert';
      throw new EngineError(
        'UNKNOWN_CONNECTION_PARAMETER',
        `${spec.engineName} does not take TLS settings such as "${parameter}".`,
        { parameter },
      );
    }
    return undefined;
  }
  if (mentioned.length === 0 && !serverCert) return undefined;
  let mode: TlsSettings['mode'] = 'prefer';
  if (merged.sslmode !== undefined) {
    mode = coerceOption(
      'Option',
      'sslmode',
      { type: 'enum', values: TLS_MODES },
      merged.sslmode,
    ) as TlsSettings['mode'];
  } else if (merged.ssl !== undefined) {
    mode = coerceOption('Option', 'ssl', { type: 'boolean' }, merged.ssl) ? 'require' : 'disable';
  } else if (serverCert) {
    mode = 'verify-ca';
  }
  const tls: TlsSettings = { mode };
  for (const [field, key] of Object.entries(PEM_FIELDS)) {
    if (merged[field] !== undefined) tls[key] = pemOnly(field, merged[field]);
  }
  if (serverCert && !tls.rootCertPem) tls.rootCertPem = pemOnly('server_cert', serverCert);
  return tls;
}

function splitTls(entries: Iterable<readonly [string, unknown]>) {
  const tls: Record<string, unknown> = {};
  const rest: Array<readonly [string, unknown]> = [];
  for (const [key, value] of entries) {
    if (TLS_FIELDS.has(key)) tls[key] = value;
    else rest.push([key, value]);
  }
  return { tls, rest };
}

/**
 * Builds a client's settings from a parsed URI and the database's typed fields, through the
 * spec's allow-lists only: a URI query or connect_args key the engine does not take is
 * refused by name, and TLS material must be PEM content, so nothing makes the server read a
 * local file or reach a socket the user chose.
 */
export function resolveConnectionSettings(
  spec: EngineSpec,
  uri: SqlalchemyUri,
  inputs: ConnectionInputs,
): ConnectionSettings {
  if (uri.driver !== null && !spec.drivers.includes(uri.driver)) {
    throw new EngineError(
      'UNKNOWN_ENGINE_ERROR',
      `${spec.engineName} has no driver "${uri.driver}". Use one of: ${spec.drivers.join(', ')}.`,
    );
  }
  const fromQuery = splitTls(uri.query);
  const fromArgs = splitTls(Object.entries(inputs.connectArgs ?? {}));
  const query: Record<string, OptionValue> = applyOptionRules(
    'URI parameter',
    spec.queryOptions,
    fromQuery.rest,
  );
  const connectArgs = applyOptionRules(
    'connect_args option',
    spec.connectArgOptions,
    fromArgs.rest,
  );
  const tls = tlsFrom(spec, [fromQuery.tls, fromArgs.tls], inputs.serverCert);
  const password = inputs.password ?? uri.password;
  const settings: ConnectionSettings = {
    engine: spec.engine,
    driver: uri.driver ?? spec.defaultDriver,
    ...(uri.host !== null ? { host: uri.host } : {}),
    ...(uri.port !== null
      ? { port: uri.port }
      : spec.defaultPort !== null && uri.host !== null
        ? { port: spec.defaultPort }
        : {}),
    ...(uri.database !== null ? { database: uri.database } : {}),
    ...(uri.username !== null ? { username: uri.username } : {}),
    ...(password !== null && password !== undefined ? { password } : {}),
    query,
    connectArgs,
    ...(tls ? { tls } : {}),
    ...(inputs.encryptedExtra ? { encryptedExtra: inputs.encryptedExtra } : {}),
    connectTimeoutMs: inputs.connectTimeoutMs,
    poolSize: inputs.poolSize,
  };
  spec.validateSettings?.(settings);
  return settings;
}
