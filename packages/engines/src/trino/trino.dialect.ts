import { definePrestoFamilyDialect } from '../presto/presto-family.dialect.js';
import { PRESTO_FAMILY_DEFINITION } from '../presto/presto-family.definition.js';

/**
 * Trino's SQL: the Presto family's grains, literals and messages, plus the HTTP 401 the
 * Trino client reports for refused credentials. Every Trino release lists partitions from
 * the `"t$partitions"` table and estimates cost with `EXPLAIN (TYPE IO)`.
 */
export const TRINO_DIALECT = definePrestoFamilyDialect(
  {
    ...PRESTO_FAMILY_DEFINITION,
    errorPatterns: [
      {
        pattern: /error 401: .*Invalid credentials/,
        code: 'CONNECTION_ACCESS_DENIED_ERROR',
        message: 'Either the username or the password is incorrect.',
      },
      ...(PRESTO_FAMILY_DEFINITION.errorPatterns ?? []),
    ],
  },
  { showPartitionsSyntax: false, canEstimateCost: true },
);
