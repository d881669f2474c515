import type { QueryMetric } from '@superset-ts/shared';
import type { Dialect } from '@superset-ts/engines';
import type { BuildContext } from './build-context.js';
import { aliasedSubquery } from './from-clause.js';
import { aliasFor } from './labels.js';
import { metricSql } from './metric-sql.js';
import { renderSelect } from './render-select.js';
import type { SelectItem } from './select-item.js';

/** The alias of the series-limit subquery, as Superset's `SERIES_LIMIT_SUBQ_ALIAS`. */
export const SERIES_LIMIT_ALIAS = 'series_limit';
const MAIN_METRIC_ALIAS = 'mme_inner__';

/** What the top-N subquery needs from the main query. */
export interface SeriesLimitInput {
  from: string;
  seriesColumns: readonly SelectItem[];
  /** The first metric, or COUNT(*) when there is none. */
  mainMetricSql: string;
  /** Filters, RLS and extras.where, plus the time filter over the inner range. */
  where: readonly string[];
  limit: number;
  /** Ranks by this metric instead of the main one (`series_limit_metric`). */
  orderMetric: QueryMetric | null;
  descending: boolean;
}

/**
 * The series limit as Superset builds it when the engine has joins and subqueries: a
 * subquery that ranks the series by a metric and keeps the top N, joined to the main query
 * on every series column (`JOIN (...) AS series_limit ON col = series_limit."col__"`).
 */
export function seriesLimitJoin(
  context: BuildContext,
  dialect: Dialect,
  input: SeriesLimitInput,
): string {
  const innerAlias = (item: SelectItem) =>
    context.quote(aliasFor(`${item.label}__`, context.dialect));
  const order = input.orderMetric
    ? metricSql(context, input.orderMetric).sql
    : context.quote(MAIN_METRIC_ALIAS);
  const inner = renderSelect(
    {
      items: [
        ...input.seriesColumns.map((item) => `${item.sql} AS ${innerAlias(item)}`),
        `${input.mainMetricSql} AS ${context.quote(MAIN_METRIC_ALIAS)}`,
      ],
      from: input.from,
      where: input.where,
      groupBy: input.seriesColumns.map((item) => item.sql),
      orderBy: [`${order} ${input.descending ? 'DESC' : 'ASC'}`],
      limit: input.limit,
    },
    dialect,
  );
  const on = input.seriesColumns
    .map((item) => `${item.sql} = ${SERIES_LIMIT_ALIAS}.${innerAlias(item)}`)
    .join('\n  AND ');
  return `JOIN ${aliasedSubquery(context, inner, SERIES_LIMIT_ALIAS)} ON ${on}`;
}
