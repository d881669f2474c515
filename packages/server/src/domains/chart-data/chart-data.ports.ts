import type { Dialect, EngineClient } from '@superset-ts/engines';
import type { QueryObject } from '@superset-ts/shared';
import type { DataFrame } from '../../post-processing/data-frame.js';
import type { QueryDataset } from '../../query-engine/query-dataset.js';
import type { Actor } from '../../security/access/actor.js';
import type {
  BuildChartQueryInput,
  BuiltChartQuery,
  ChartQueryKind as QueryEngineKind,
  DatabaseTimeOptions,
  OffsetQuery,
  RenderSql,
} from '../../query-engine/index.js';

/** The database a dataset lives in, ready to query. */
export interface ChartDatabase {
  id: number;
  /** The engine name templates and custom processors are keyed by (`postgresql`). */
  engine: string;
  dialect: Dialect;
  cacheTimeout: number | null;
  /** How time bounds compare on this database (its `extra`). */
  timeOptions: DatabaseTimeOptions;
  /** The database's pooled client. */
  client(): Promise<EngineClient>;
}

/** What the datasets capability gives chart data. */
export interface ChartDatasets {
  /** A dataset the actor may query: 404 when missing, 403 without access. */
  getQueryDataset(actor: Actor, id: number): Promise<QueryDataset>;
}

/** Which query to build for a result type. */
export type ChartQueryKind = Extract<QueryEngineKind, 'full' | 'samples' | 'drill_detail'>;

/** The query engine, as chart data uses it (the query-engine module in production). */
export interface ChartQueryEngine {
  build(input: BuildChartQueryInput): BuiltChartQuery;
  /** Whether the query carries SQL of the caller's own (adhoc SQL, WHERE, HAVING). */
  usesFreeTextSql(query: QueryObject, dataset?: Pick<QueryDataset, 'columns'>): boolean;
  /** Renders the query's free SQL with `render`. */
  renderQueryTemplates(query: QueryObject, render: RenderSql): Promise<QueryObject>;
  /** The query of one time offset, and the main query's range. */
  timeOffsetRange(query: QueryObject, offset: string, now: Date): OffsetQuery;
}

/** Post-processing of a result frame. */
export interface ChartPostProcessing {
  apply(frame: DataFrame, steps: QueryObject['post_processing']): DataFrame;
  joinTimeOffsets(
    main: DataFrame,
    offsets: readonly { offset: string; frame: DataFrame }[],
    options: {
      timeColumn: string;
      joinColumns: readonly string[];
      metricLabels: readonly string[];
    },
  ): DataFrame;
}

/** The template context of one chart query (besides the SQL). */
export interface ChartTemplateRequest {
  actor: Actor;
  database: ChartDatabase;
  dataset: QueryDataset;
  query: QueryObject;
  formData: Readonly<Record<string, unknown>> | null;
}

/** A rendered piece of SQL, and the values the cache key must include because of it. */
export interface RenderedSql {
  sql: string;
  cacheKeyExtras: readonly unknown[];
}

/** Renders chart SQL templates (identity when template processing is off). */
export type ChartTemplates = (sql: string, request: ChartTemplateRequest) => Promise<RenderedSql>;
