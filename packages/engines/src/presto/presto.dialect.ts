import { definePrestoFamilyDialect, type PrestoFamilyDialect } from './presto-family.dialect.js';
import { PRESTO_FAMILY_DEFINITION } from './presto-family.definition.js';
import { isVersionAtLeast } from '../spec/server-version.js';

/**
 * Presto's SQL for a server version (`extra.version`). Superset changes two things with it:
 * partitions are listed with `SHOW PARTITIONS FROM` before 0.199 (the `"t$partitions"`
 * table after; the newer form when the version is unknown), and cost is estimated only
 * from 0.319 on, and only when the version is given.
 */
export function prestoDialectForVersion(version: string | undefined): PrestoFamilyDialect {
  return definePrestoFamilyDialect(PRESTO_FAMILY_DEFINITION, {
    showPartitionsSyntax: isVersionAtLeast(version, '0.199') === false,
    canEstimateCost: isVersionAtLeast(version, '0.319') === true,
  });
}

/** Presto's SQL when no version is configured. */
export const PRESTO_DIALECT = prestoDialectForVersion(undefined);
