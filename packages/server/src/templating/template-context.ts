/**
 * What a SQL template is rendered with, and what rendering gives back. Everything here is
 * plain data: it crosses into the render worker by structured clone.
 */

/** The user running the query, as Superset's `current_user_*` macros see it. */
export interface TemplateUser {
  readonly id: number | null;
  readonly username: string | null;
  readonly email: string | null;
  /** Role names, for `current_user_roles()`. */
  readonly roles?: readonly string[];
}

/** An adhoc filter of a chart or dashboard (Superset's form_data `adhoc_filters` entry). */
export interface TemplateFilter {
  readonly expressionType: 'SIMPLE' | 'SQL';
  readonly clause: 'WHERE' | 'HAVING';
  readonly subject?: string | null;
  readonly operator?: string | null;
  readonly comparator?: unknown;
}

/** A `dataset(...)` call found in a template, with literal arguments. */
export interface DatasetReference {
  readonly datasetId: number;
  readonly includeMetrics: boolean;
  /** Column names asked for, or null for every column. */
  readonly columns: readonly string[] | null;
}

/** A `metric(...)` call found in a template; `datasetId` is null for "the chart's dataset". */
export interface MetricReference {
  readonly metricKey: string;
  readonly datasetId: number | null;
}

/** What the datasets capability fetched for the references of one template. */
export interface PrefetchedDatasets {
  /** The SELECT each `dataset(...)` call stands for (without the `AS dataset_<id>` wrapper). */
  readonly queries?: readonly { readonly reference: DatasetReference; readonly sql: string }[];
  /** Metric expressions of each dataset `metric(...)` names, keyed by metric name. */
  readonly metrics?: readonly {
    readonly datasetId: number;
    readonly tableName: string;
    readonly metrics: Readonly<Record<string, string>>;
  }[];
}

/** Everything a template can see besides its own text. */
export interface TemplateContext {
  /** The engine of the database the SQL runs on (`EngineSpec.engine`, e.g. `postgresql`). */
  readonly engine: string;
  readonly user?: TemplateUser | null;
  /** URL parameters of the request and the chart's `url_params`, for `url_param()`. */
  readonly urlParams?: Readonly<Record<string, unknown>>;
  /** The editor's template parameters (Superset's `template_params` JSON object). */
  readonly templateParams?: Readonly<Record<string, unknown>>;
  /** Chart variables (`columns`, `groupby`, `metrics`, `from_dttm`, `row_limit`, ...). */
  readonly variables?: Readonly<Record<string, unknown>>;
  /** Adhoc filters of the chart, with dashboard filters merged in by the caller. */
  readonly filters?: readonly TemplateFilter[];
  /** The chart's time range (`Last week`, `2024-01-01 : 2024-02-01`, `No filter`, ...). */
  readonly timeRange?: string | null;
  /** Native type of each column of the chart's dataset, for `get_time_filter`. */
  readonly columnTypes?: Readonly<Record<string, string>>;
  /** The chart's dataset, used by `metric(key)` without a dataset id. */
  readonly currentDatasetId?: number | null;
  readonly datasets?: PrefetchedDatasets;
}

/** A rendered template and what the chart cache and query builder need to know about it. */
export interface RenderedTemplate {
  readonly sql: string;
  /** Values the SQL depends on that its text may not show (user, URL parameters, ...). */
  readonly cacheKeyExtras: readonly unknown[];
  /** Columns whose filters the template read. */
  readonly appliedFilters: readonly string[];
  /** Columns whose filters the template handled itself (`remove_filter=True`). */
  readonly removedFilters: readonly string[];
}
