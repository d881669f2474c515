import type { SqlLabResults } from '@superset-ts/shared';
import { AppError } from '../../errors/app-error.js';
import type { Actor } from '../../security/access/actor.js';
import { presentSqlLabQuery } from '../queries/query.presenter.js';
import type { QueryRepository } from '../queries/query.repository.js';
import type { QueryRecord } from '../queries/query.record.js';
import { canSeeQuery } from '../queries/query-visibility.js';
import { isResultsKey } from '../../results/results-backend.js';
import type { ResultsStore } from './run-plan.js';
import { displayRows, type StoredResults } from './results-payload.js';

/** A finished run's answer, rows cut to `maxRows` (DISPLAY_MAX_ROW or fewer). */
export function presentResults(
  query: QueryRecord,
  results: StoredResults,
  maxRows: number,
): SqlLabResults {
  const { data, isCut } = displayRows(results, maxRows);
  return {
    status: query.status,
    query_id: query.id,
    query: presentSqlLabQuery(query),
    data,
    columns: results.columns,
    selected_columns: results.columns,
    expanded_columns: [],
    ...(isCut ? { displayLimitReached: true } : {}),
  };
}

/** What fetching stored results needs. */
export interface FetchResultsDeps {
  queries: QueryRepository;
  results: ResultsStore;
  displayMaxRow: number;
}

/**
 * `GET results/?q=(key:...,rows:n)`: the stored rows of an asynchronous run, to its owner
 * (or a caller with all_query_access); at most DISPLAY_MAX_ROW rows, fewer when asked.
 */
export function createFetchResults(deps: FetchResultsDeps) {
  return async function fetchResults(
    actor: Actor,
    key: string,
    rows: number | undefined,
  ): Promise<SqlLabResults> {
    const { backend, codec } = deps.results;
    if (!backend) throw new AppError('RESULTS_BACKEND_NOT_CONFIGURED_ERROR');
    const query = isResultsKey(key) ? await deps.queries.findByResultsKey(key) : undefined;
    if (!query || !canSeeQuery(actor, query)) {
      throw new AppError(
        'RESOURCE_NOT_FOUND',
        'No query has these results. Run the original query again.',
      );
    }
    const bytes = await backend.get(key);
    if (!bytes) throw new AppError('RESULTS_BACKEND_ERROR');
    const results = await codec.decode<StoredResults>(bytes);
    const maxRows = Math.min(rows ?? deps.displayMaxRow, deps.displayMaxRow);
    return presentResults(query, results, maxRows);
  };
}
