import { createHash } from 'node:crypto';
import { normalizeSqlForCacheKey } from './normalized-sql.js';

/**
 * Everything that changes the answer of one chart query. Two requests share a cached result
 * only when all of it is equal, so one user's rows are never served to another: the SQL
 * already holds the caller's RLS predicates, and they are listed again in case a dataset's
 * SQL hides them; `userKey` is set when a template read the user or CACHE_QUERY_BY_USER is on.
 */
export interface ChartCacheKeyParts {
  sql: string;
  databaseId: number;
  datasetId: number;
  datasetChangedOn: string | null;
  rlsPredicates: readonly string[];
  /** Values templates declared they depend on (`cacheKeyExtras` of each render). */
  templateExtras: readonly unknown[];
  postProcessing: readonly unknown[];
  timeOffsets: readonly string[];
  /** SQL of each time-offset query, in order. */
  timeOffsetSql: readonly string[];
  resultType: string;
  userKey: string | null;
}

/** Superset's HASH_ALGORITHM. */
export type CacheKeyHash = 'sha256' | 'md5';

/** JSON with object keys sorted, so equal values always give equal text. */
function stableJson(value: unknown): string {
  return JSON.stringify(value, (_key, item: unknown) => {
    if (item === null || typeof item !== 'object' || Array.isArray(item)) return item;
    const entries = Object.entries(item as Record<string, unknown>).sort(([a], [b]) =>
      a < b ? -1 : a > b ? 1 : 0,
    );
    return Object.fromEntries(entries);
  });
}

/** The hex digest a chart query's result is cached under (Superset's `cache_key`). */
export function chartCacheKey(parts: ChartCacheKeyParts, hash: CacheKeyHash = 'sha256'): string {
  const normalized = {
    ...parts,
    sql: normalizeSqlForCacheKey(parts.sql),
    timeOffsetSql: parts.timeOffsetSql.map(normalizeSqlForCacheKey),
    rlsPredicates: [...parts.rlsPredicates].sort(),
  };
  return createHash(hash).update(stableJson(normalized)).digest('hex');
}
