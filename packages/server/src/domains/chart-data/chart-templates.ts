import type { QueryObject } from '@superset-ts/shared';
import { columnLabel, metricLabel, queryTimeBounds } from '../../query-engine/index.js';
import type { TemplateFilter, TemplateRenderer, TemplateUser } from '../../templating/index.js';
import type { ChartTemplateRequest, ChartTemplates } from './chart-data.ports.js';
import { renderedWithoutSyntax } from './plain-sql.js';

/** A user's e-mail, for `current_user_email()`. */
export type EmailOf = (userId: number) => Promise<string | null>;

function labelsOf(query: QueryObject) {
  try {
    return {
      columns: query.columns.map(columnLabel),
      metrics: (query.metrics ?? []).map(metricLabel),
    };
  } catch {
    // A malformed metric is reported by the query builder, with a better message.
    return { columns: query.columns.map(columnLabel), metrics: [] };
  }
}

function boundsOf(query: QueryObject, now: Date): { from_dttm: Date | null; to_dttm: Date | null } {
  try {
    const [from, to] = queryTimeBounds(query, now);
    return { from_dttm: from, to_dttm: to };
  } catch {
    // An unreadable range is reported by the query builder.
    return { from_dttm: null, to_dttm: null };
  }
}

/** The query's filters as Superset's `filter_values()` and `get_filters()` read them. */
function filtersOf(query: QueryObject): TemplateFilter[] {
  return query.filters.map((filter) => ({
    expressionType: 'SIMPLE',
    clause: 'WHERE',
    subject: columnLabel(filter.col),
    operator: filter.op,
    comparator: filter.val ?? null,
  }));
}

function urlParamsOf(request: ChartTemplateRequest): Record<string, unknown> {
  const fromForm = request.formData?.url_params;
  return {
    ...(fromForm && typeof fromForm === 'object' ? (fromForm as Record<string, unknown>) : {}),
    ...request.query.url_params,
  };
}

/**
 * Whether the renderer renders an engine's SQL as Jinja: template processing is on and
 * CUSTOM_TEMPLATE_PROCESSORS has no processor of the engine's own.
 */
export type RendersJinja = (engine: string) => boolean;

/**
 * Chart SQL templates rendered by the sandboxed renderer with the chart's context: the user
 * (`current_user_*`), URL parameters, the dataset's template parameters, the query's filters,
 * time range and variables. What the renderer reports as cache-key extras (the user when a
 * user macro ran, URL parameters read) is passed on to the cache key.
 *
 * Where the renderer renders Jinja, text without Jinja syntax is answered as Jinja would
 * render it, without a worker round trip (a custom processor reads syntax of its own, so it
 * always gets the text); the user's e-mail is looked up once per request, and only when
 * something is rendered.
 */
export function chartTemplatesOf(
  renderer: TemplateRenderer,
  emailOf: EmailOf,
  now: () => Date,
  rendersJinja: RendersJinja = () => false,
): ChartTemplates {
  const users = new WeakMap<ChartTemplateRequest, Promise<TemplateUser | null>>();
  const userOf = (request: ChartTemplateRequest): Promise<TemplateUser | null> => {
    const known = users.get(request);
    if (known) return known;
    const { actor } = request;
    const user =
      actor.kind === 'user'
        ? emailOf(actor.userId).then((email) => ({
            id: actor.userId,
            username: actor.username,
            email,
            roles: actor.roles,
          }))
        : Promise.resolve(null);
    users.set(request, user);
    return user;
  };
  return async (sql, request) => {
    const { query, dataset } = request;
    if (rendersJinja(request.database.engine)) {
      const plain = renderedWithoutSyntax(sql);
      if (plain !== null) return { sql: plain, cacheKeyExtras: [] };
    }
    const user = await userOf(request);
    const labels = labelsOf(query);
    const rendered = await renderer.render(sql, {
      engine: request.database.engine,
      user,
      urlParams: urlParamsOf(request),
      templateParams: dataset.template_params,
      variables: {
        columns: labels.columns,
        groupby: labels.columns,
        metrics: labels.metrics,
        row_limit: query.row_limit ?? null,
        row_offset: query.row_offset ?? 0,
        time_grain: query.extras.time_grain_sqla ?? null,
        ...boundsOf(query, now()),
      },
      filters: filtersOf(query),
      timeRange: query.time_range ?? null,
      columnTypes: Object.fromEntries(
        dataset.columns.map((column) => [column.column_name, column.type ?? '']),
      ),
      currentDatasetId: dataset.id,
    });
    return { sql: rendered.sql, cacheKeyExtras: rendered.cacheKeyExtras };
  };
}

/** Templates when ENABLE_TEMPLATE_PROCESSING is off: the SQL as written. */
export const UNRENDERED_TEMPLATES: ChartTemplates = (sql) =>
  Promise.resolve({ sql, cacheKeyExtras: [] });
