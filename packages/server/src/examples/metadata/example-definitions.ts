import type { DashboardJsonMetadata } from '@superset-ts/shared';
import type { LayoutBlock } from './layout-builder.js';

/** A saved metric of an example dataset. */
export interface ExampleMetricDefinition {
  name: string;
  expression: string;
  verboseName?: string;
  d3format?: string;
  description?: string;
}

/** Settings of one of a table's columns (those left out keep the server's defaults). */
export interface ExampleColumnSettings {
  verboseName?: string;
  description?: string;
  isDttm?: boolean;
  /** For text or number columns holding dates (`%Y-%m-%d`, `epoch_s`...). */
  pythonDateFormat?: string;
  groupby?: boolean;
  filterable?: boolean;
}

/** A column computed by a SQL expression portable to DuckDB, PostgreSQL and SQLite. */
export interface ExampleCalculatedColumn {
  name: string;
  expression: string;
  /** The column's type as shown (`VARCHAR`, `DOUBLE`, ...). */
  type: string;
  verboseName?: string;
  isDttm?: boolean;
}

/** A physical dataset over one example table; its description is the table's. */
export interface ExampleDatasetDefinition {
  table: string;
  mainDttmCol: string | null;
  cacheTimeout?: number;
  metrics: readonly ExampleMetricDefinition[];
  columns?: Readonly<Record<string, ExampleColumnSettings>>;
  calculatedColumns?: readonly ExampleCalculatedColumn[];
}

/** A chart over an example table; `key` is unique among all example charts and names it in layouts. */
export interface ExampleChartDefinition {
  key: string;
  sliceName: string;
  vizType: string;
  table: string;
  description?: string;
  /** The form data (saved as `params`); `viz_type` and `datasource` are added when saved. */
  params: Record<string, unknown>;
}

/** What a dashboard's json_metadata is built from: the ids the objects got. */
export interface ExampleIds {
  /** The id of the example dataset over `table`. */
  datasetId(table: string): number;
  /** The id of the example chart `key`. */
  chartId(key: string): number;
}

/** A dashboard: its charts, their layout and its filters, colours and settings. */
export interface ExampleDashboardDefinition {
  slug: string;
  title: string;
  charts: readonly ExampleChartDefinition[];
  layout: readonly LayoutBlock[];
  /** The dashboard's json_metadata (native filters, cross-filters, colours) once ids are known. */
  metadata(ids: ExampleIds): DashboardJsonMetadata;
  css?: string;
}

/** The tables a dashboard's charts read (it is skipped when one is missing). */
export function tablesOfDashboard(dashboard: ExampleDashboardDefinition): Set<string> {
  return new Set(dashboard.charts.map((chart) => chart.table));
}
