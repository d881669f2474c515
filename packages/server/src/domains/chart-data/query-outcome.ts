import type { TypedFrame } from './result-table.js';

/** A filter the query applied, by column (Superset's `applied_filters` entry). */
export interface AppliedFilter {
  column: unknown;
}

/** A filter the query could not apply, and why (Superset's `rejected_filters` entry). */
export interface RejectedFilter {
  column: unknown;
  reason: 'not_in_datasource';
}

/** What is cached for one chart query: its final (post-processed) rows and how they came. */
export interface ComputedResult {
  sql: string;
  typed: TypedFrame;
  /** Rows the database returned for the main query, before post-processing. */
  sqlRowcount: number;
  appliedFilters: AppliedFilter[];
  rejectedFilters: RejectedFilter[];
  fromDttm: Date | null;
  toDttm: Date | null;
}

/** One data query's outcome: the computed result and how the cache answered. */
export interface QueryOutcome {
  result: ComputedResult;
  cacheKey: string;
  cacheTimeout: number;
  isCached: boolean;
  /** When the result was computed (shown as `cached_dttm` when it came from the cache). */
  computedAt: Date;
}
