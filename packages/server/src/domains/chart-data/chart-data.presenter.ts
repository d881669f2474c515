import { toJsonResult } from '../../result-formats/index.js';
import type { QueryAnswer } from './chart-data.service.js';
import type { QueryOutcome } from './query-outcome.js';
import { columnTypesOf } from './result-table.js';

/** Superset's `cached_dttm`: UTC ISO time to the second, without a zone. */
function cachedDttm(at: Date): string {
  return at.toISOString().slice(0, 19);
}

/** colnames, coltypes (engine and dataset types first), data (dates as epoch ms), rowcount. */
function dataOf(outcome: QueryOutcome) {
  const json = toJsonResult(outcome.result.typed.frame);
  return { ...json, coltypes: columnTypesOf(outcome.result.typed) };
}

/** The `full` payload (also `samples`, `drill_detail`, `post_processed`) of one query. */
export function presentFull(outcome: QueryOutcome, resultFormat: string) {
  const { result } = outcome;
  const data = dataOf(outcome);
  return {
    cache_key: outcome.cacheKey,
    cached_dttm: outcome.isCached ? cachedDttm(outcome.computedAt) : null,
    cache_timeout: outcome.cacheTimeout,
    applied_template_filters: [],
    annotation_data: [],
    error: null,
    is_cached: outcome.isCached,
    query: result.sql,
    status: 'success',
    stacktrace: null,
    rowcount: data.rowcount,
    sql_rowcount: result.sqlRowcount,
    from_dttm: result.fromDttm?.getTime() ?? null,
    to_dttm: result.toDttm?.getTime() ?? null,
    colnames: data.colnames,
    indexnames: data.data.map((_row, index) => index),
    coltypes: data.coltypes,
    data: data.data,
    result_format: resultFormat,
    applied_filters: result.appliedFilters,
    rejected_filters: result.rejectedFilters,
  };
}

/** The `results` payload: the data only. */
export function presentResults(outcome: QueryOutcome) {
  const { colnames, coltypes, data, rowcount } = dataOf(outcome);
  return { data, colnames, coltypes, rowcount, sql_rowcount: outcome.result.sqlRowcount };
}

/** The JSON body of a chart data request: `{result: [...]}`, one entry per query. */
export function presentChartData(answers: readonly QueryAnswer[], resultFormat: string) {
  return {
    result: answers.map((answer) => {
      if (answer.kind === 'payload') return answer.payload;
      return answer.resultType === 'results'
        ? presentResults(answer.outcome)
        : presentFull(answer.outcome, resultFormat);
    }),
  };
}
