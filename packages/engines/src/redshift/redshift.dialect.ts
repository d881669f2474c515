import { GenericDataType } from '@superset-ts/shared';
import { defineDialect } from '../spec/define-dialect.js';
import { POSTGRES_DIALECT_DEFINITION } from '../postgres/postgres.dialect.js';

/**
 * Amazon Redshift: PostgreSQL's grains, epoch and date literals, longer labels (127), and
 * the messages Redshift's own driver stack produces (a bad password reads as "username or
 * password", since Redshift does not say which).
 */
export const REDSHIFT_DIALECT = defineDialect({
  ...POSTGRES_DIALECT_DEFINITION,
  maxColumnNameLength: 127,
  typeMappings: [
    [/^double precision/i, GenericDataType.NUMERIC],
    [/^(timestamptz|timetz)$/i, GenericDataType.TEMPORAL],
    [/^(int2|int4|int8|float4|float8)$/i, GenericDataType.NUMERIC],
    [/^(bpchar|name|super)$/i, GenericDataType.STRING],
  ],
  errorPatterns: [
    {
      pattern: /password authentication failed for user "(?<username>.*?)"/,
      code: 'CONNECTION_ACCESS_DENIED_ERROR',
      message: 'Either the username "{username}" or the password is incorrect.',
    },
    {
      pattern:
        /could not translate host name "(?<hostname>.*?)" to address: nodename nor servname provided, or not known/,
      code: 'CONNECTION_INVALID_HOSTNAME_ERROR',
      message: 'The hostname "{hostname}" cannot be resolved.',
    },
    {
      pattern:
        /could not connect to server: Connection refused\s+Is the server running on host "(?<hostname>.*?)" (?:\(.*?\) )?and accepting\s+TCP\/IP connections on port (?<port>.*?)\?/,
      code: 'CONNECTION_PORT_CLOSED_ERROR',
      message: 'Port {port} on hostname "{hostname}" refused the connection.',
    },
    {
      pattern:
        /could not connect to server: (?<reason>.*?)\s+Is the server running on host "(?<hostname>.*?)" (?:\(.*?\) )?and accepting\s+TCP\/IP connections on port (?<port>.*?)\?/,
      code: 'CONNECTION_HOST_DOWN_ERROR',
      message: 'The host "{hostname}" might be down, and can\'t be reached on port {port}.',
    },
    {
      pattern: /database "(?<database>.*?)" does not exist/,
      code: 'CONNECTION_UNKNOWN_DATABASE_ERROR',
      message:
        'We were unable to connect to your database named "{database}". Please verify your database name and try again.',
    },
    ...(POSTGRES_DIALECT_DEFINITION.errorPatterns ?? []).filter(
      (known) => known.code === 'QUERY_TIMEOUT_ERROR' || known.code === 'QUERY_CANCELLED_ERROR',
    ),
  ],
});
