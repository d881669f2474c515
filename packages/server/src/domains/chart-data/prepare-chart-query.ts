import type { QueryObject } from '@superset-ts/shared';
import type { QueryDataset } from '../../query-engine/query-dataset.js';
import type { Actor } from '../../security/access/actor.js';
import { chartCacheKey, type CacheKeyHash } from './chart-cache-key.js';
import type {
  ChartDatabase,
  ChartQueryEngine,
  ChartQueryKind,
  ChartTemplates,
} from './chart-data.ports.js';
import { renderDatasetTemplates } from './query-templates.js';
import type { PreparedRun } from './run-chart-query.js';

/** One query of a request, with everything resolved that its SQL depends on. */
export interface PrepareInput {
  actor: Actor;
  database: ChartDatabase;
  dataset: QueryDataset;
  query: QueryObject;
  kind: ChartQueryKind;
  resultType: string;
  formData: Readonly<Record<string, unknown>> | null;
  /** The caller's RLS clauses on the dataset, unrendered. */
  rlsClauses: readonly string[];
  /** Set when CACHE_QUERY_BY_USER keys every result by user. */
  userKey: string | null;
  now: Date;
}

/** What preparing gives: the run, and the key its result is cached under. */
export interface PreparedQuery {
  run: PreparedRun;
  cacheKey: string;
}

/** What preparing needs. */
export interface PrepareDeps {
  engine: ChartQueryEngine;
  templates: ChartTemplates;
  hash: CacheKeyHash;
  /** ROW_LIMIT: rows of a chart query that sets no row_limit. */
  rowLimit: number;
  /** SQL_MAX_ROW: the most rows a chart query may ask for. */
  maxRowLimit: number;
  /** SAMPLES_ROW_LIMIT: rows of samples and drill to detail. */
  samplesRowLimit: number;
  /** Feature flag ALLOW_ADHOC_SUBQUERY. */
  allowAdhocSubqueries: boolean;
}

/**
 * Renders the templates of the dataset, the query and the RLS clauses, builds the SQL (and
 * each time offset's), and computes the cache key from the SQL and everything else that
 * changes the answer.
 */
export async function prepareChartQuery(
  input: PrepareInput,
  deps: PrepareDeps,
): Promise<PreparedQuery> {
  const extras: unknown[] = [];
  const templateRequest = {
    actor: input.actor,
    database: input.database,
    dataset: input.dataset,
    query: input.query,
    formData: input.formData,
  };
  const render = async (sql: string) => {
    const rendered = await deps.templates(sql, templateRequest);
    extras.push(...rendered.cacheKeyExtras);
    return rendered.sql;
  };
  const [dataset, query, rlsPredicates] = await Promise.all([
    renderDatasetTemplates(input.dataset, render),
    deps.engine.renderQueryTemplates(input.query, render),
    Promise.all(input.rlsClauses.map(render)),
  ]);
  const common = {
    dataset,
    dialect: input.database.dialect,
    rlsPredicates,
    ...(input.kind === 'full'
      ? { rowLimitCap: deps.maxRowLimit, defaultRowLimit: deps.rowLimit }
      : { rowLimitCap: deps.samplesRowLimit }),
    now: input.now,
    allowAdhocSubqueries: deps.allowAdhocSubqueries,
    ...input.database.timeOptions,
  };
  const main = deps.engine.build({ ...common, query, kind: input.kind });
  const offsets =
    input.kind === 'full'
      ? query.time_offsets.map((offset) => {
          const shifted = deps.engine.timeOffsetRange(query, offset, input.now);
          const built = deps.engine.build({
            ...common,
            query: shifted.query,
            kind: 'full',
            innerRange: shifted.innerRange,
          });
          return { offset, built };
        })
      : [];
  const isPostProcessed = input.kind === 'full';
  const cacheKey = chartCacheKey(
    {
      sql: main.sql,
      databaseId: input.database.id,
      datasetId: dataset.id,
      datasetChangedOn: dataset.changed_on,
      rlsPredicates,
      // Renders finish in any order: sorted, equal queries get equal keys.
      templateExtras: extras.map((extra) => JSON.stringify(extra) ?? 'undefined').sort(),
      postProcessing: isPostProcessed ? query.post_processing : [],
      timeOffsets: offsets.map(({ offset }) => offset),
      timeOffsetSql: offsets.map(({ built }) => built.sql),
      resultType: input.resultType,
      userKey: input.userKey,
    },
    deps.hash,
  );
  return {
    run: { database: input.database, dataset, query, main, offsets, isPostProcessed },
    cacheKey,
  };
}
