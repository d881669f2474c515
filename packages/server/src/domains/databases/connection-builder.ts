import {
  formatSqlalchemyUri,
  resolveConnectionSettings,
  type ConnectionSettings,
  type EngineRegistry,
  type EngineSpec,
  type SqlalchemyUri,
} from '@superset-ts/engines';
import type { PasswordStore, UrlValidator } from '../../config/index.js';
import { AppError } from '../../errors/app-error.js';
import type { DatabaseExtra } from './database-extra.js';
import type { EncryptedExtra } from './encrypted-extra.js';
import type { LocalFileGuard } from './local-file-guard.js';
import { maskedUriOf } from './submitted-uri.js';

/** Everything of a database that decides how to connect to it, secrets in clear. */
export interface ConnectionRequest {
  /** The URL with its real password (null when there is none). */
  uri: SqlalchemyUri;
  extra: DatabaseExtra;
  encryptedExtra: EncryptedExtra | null;
  serverCert: string | null;
}

/** A connection ready for a client: its spec, typed settings and the secrets to scrub. */
export interface BuiltConnection {
  spec: EngineSpec;
  settings: ConnectionSettings;
  secrets: readonly string[];
}

/** What building connections needs from the config and the engines package. */
export interface ConnectionBuilderDeps {
  engines: EngineRegistry;
  localFiles: LocalFileGuard;
  /** SQLALCHEMY_CUSTOM_PASSWORD_STORE. */
  passwordStore: PasswordStore | null;
  /** DB_SQLA_URI_VALIDATOR. */
  uriValidator: UrlValidator | null;
}

function secretsOf(password: string | null | undefined, encryptedExtra: EncryptedExtra | null) {
  const secrets: string[] = password ? [password] : [];
  const collect = (value: unknown) => {
    if (typeof value === 'string' && value.length >= 3) secrets.push(value);
    else if (typeof value === 'object' && value !== null) Object.values(value).forEach(collect);
  };
  collect(encryptedExtra);
  return secrets;
}

/**
 * Turns a database's URL and settings into a client's typed settings: spec lookup by URL
 * backend, the local-file guard, the password store, and the engine's allow-lists
 * (`resolveConnectionSettings`). No URL text ever reaches a driver.
 */
export function createConnectionBuilder(deps: ConnectionBuilderDeps) {
  const passwordFor = async (uri: SqlalchemyUri): Promise<string | null> => {
    if (!deps.passwordStore) return uri.password;
    try {
      return await deps.passwordStore(formatSqlalchemyUri(uri, { password: 'omit' }));
    } catch {
      throw new AppError(
        'CONNECTION_FAILED',
        'SQLALCHEMY_CUSTOM_PASSWORD_STORE failed to give a password for this database.',
      );
    }
  };

  return {
    /** The spec of a URL's backend; throws UNKNOWN_ENGINE_ERROR. */
    specFor: (uri: SqlalchemyUri): EngineSpec => deps.engines.forUri(uri),

    /**
     * Checks a URL a user submitted (create, update, test): a known engine, a file the
     * local-file guard allows, and DB_SQLA_URI_VALIDATOR (given the URL with its password
     * masked). Throws the reason it is refused.
     */
    requireAcceptable(uri: SqlalchemyUri): EngineSpec {
      const spec = deps.engines.forUri(uri);
      deps.localFiles.requireAllowed(spec, uri);
      if (deps.uriValidator) {
        try {
          deps.uriValidator(maskedUriOf(uri));
        } catch (error) {
          const reason = error instanceof Error ? error.message : String(error);
          throw new AppError(
            'INVALID_CONNECTION_STRING_ERROR',
            `The connection string was refused by DB_SQLA_URI_VALIDATOR: ${reason}`,
          );
        }
      }
      return spec;
    },

    /** The typed settings of a connection; throws when an option is not allowed. */
    async build(
      request: ConnectionRequest,
      limits: { connectTimeoutMs: number; poolSize: number },
    ): Promise<BuiltConnection> {
      const spec = deps.engines.forUri(request.uri);
      deps.localFiles.requireAllowed(spec, request.uri);
      const password = await passwordFor(request.uri);
      const settings = resolveConnectionSettings(spec, request.uri, {
        connectArgs: request.extra.engine_params?.connect_args ?? {},
        ...(request.encryptedExtra ? { encryptedExtra: request.encryptedExtra } : {}),
        serverCert: request.serverCert,
        password,
        connectTimeoutMs: limits.connectTimeoutMs,
        poolSize: limits.poolSize,
      });
      return { spec, settings, secrets: secretsOf(password, request.encryptedExtra) };
    },
  };
}

/** Builds client settings for databases; see `createConnectionBuilder`. */
export type ConnectionBuilder = ReturnType<typeof createConnectionBuilder>;
