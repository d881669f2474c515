/** TLS for a connection, from typed fields: certificates are PEM content, never file paths. */
export interface TlsSettings {
  mode: 'disable' | 'allow' | 'prefer' | 'require' | 'verify-ca' | 'verify-full';
  rootCertPem?: string;
  certPem?: string;
  keyPem?: string;
}

/** A scalar option value after validation. */
export type OptionValue = string | number | boolean;

/**
 * Everything a client needs to connect, built only from allow-listed, typed fields. A client
 * builds its driver config from these and nothing else: no URI string reaches a driver.
 */
export interface ConnectionSettings {
  engine: string;
  driver: string;
  host?: string;
  port?: number;
  /** The database name; for file engines, the file path (or `:memory:`). */
  database?: string;
  username?: string;
  password?: string;
  /** URI query parameters the spec allows, typed. */
  query: Readonly<Record<string, OptionValue>>;
  /** `extra.engine_params.connect_args` the spec allows, typed (TLS fields excluded). */
  connectArgs: Readonly<Record<string, OptionValue>>;
  tls?: TlsSettings;
  /** Secret engine settings (`encrypted_extra`), e.g. BigQuery's `credentials_info`. */
  encryptedExtra?: Readonly<Record<string, unknown>>;
  /** How long to wait for a connection. */
  connectTimeoutMs: number;
  /** Most pooled connections this client opens. */
  poolSize: number;
}
