import type { QueryColumn, QueryMetric } from '@superset-ts/shared';
import type { ChartFormData } from '../../core/form-data';
import type { CellBarStyle } from './cell-bars';
import type { ColumnConfig } from './column-config';
import type { CellColorRule } from './conditional-formatting';
import type { TablePageRequest } from './page-request';

/** Aggregate rows by dimensions, or list raw records. */
export type TableQueryMode = 'aggregate' | 'raw';

/** The form data of the Table (Superset's control names). */
export interface TableFormData extends ChartFormData {
  query_mode?: TableQueryMode;
  groupby?: QueryColumn[];
  metrics?: QueryMetric[];
  /** Metrics shown as each row's share of the column total, as `%<metric>`. */
  percent_metrics?: QueryMetric[];
  all_columns?: QueryColumn[];
  timeseries_limit_metric?: QueryMetric | null;
  /** Raw mode ordering: JSON texts `'["column", ascending]'`. */
  order_by_cols?: string[];
  order_desc?: boolean;
  show_totals?: boolean;
  /** Ask the server for one page at a time (with a second query counting the rows). */
  server_pagination?: boolean;
  server_page_length?: number | string | null;
  include_search?: boolean;
  page_length?: number | string | null;
  table_timestamp_format?: string;
  show_cell_bars?: boolean;
  /** Cell bars start at zero, so positive and negative values share one axis. */
  align_pn?: boolean;
  /** Cell bars of negative values in red, positive in green. */
  color_pn?: boolean;
  allow_rearrange_columns?: boolean;
  /** Per-column display options, keyed by the column's label. */
  column_config?: Record<string, ColumnConfig>;
  /** Cell colouring rules (`conditional_formatting` control). */
  conditional_formatting?: unknown[];
  /** Set by a download (`csv`, `xlsx`): the query is then not paged. */
  result_format?: string;
  result_type?: string;
  /** Which dimensions are temporal, so the time grain applies to the first of them. */
  temporal_columns_lookup?: Record<string, boolean>;
}

/** How a column's values are written and sorted. */
export type TableColumnKind = 'number' | 'percent' | 'time' | 'text';

/** A column of the table, with everything needed to draw its cells. */
export interface TableColumn {
  /** The key of its values in each row (the result column name). */
  key: string;
  label: string;
  kind: TableColumnKind;
  /** Whether it holds a metric (or percent metric) rather than a dimension. */
  isMetric: boolean;
  align: 'left' | 'right' | 'center';
  /** A fixed width in pixels from the column config; measured from the data otherwise. */
  width?: number;
  format: (value: unknown) => string;
  /** The background bar of a numeric cell, when cell bars are shown for the column. */
  cellBar?: (value: unknown) => CellBarStyle | undefined;
  /** Whether the server can sort by it (result columns made by post-processing cannot). */
  isServerSortable: boolean;
  /** A dimension of an aggregate table: the column a click on its cell cross-filters by. */
  filterColumn?: QueryColumn;
}

/** Rows paged by the server: the component asks for other pages through `loadPage`. */
export interface ServerPagination {
  /** The number of rows of the whole result (the row count query). */
  rowCount: number;
  /** The page these props show, with the sort and search it was asked with. */
  request: TablePageRequest;
  /** The text columns a reader may search in (the server filters them with ILIKE). */
  searchableColumns: { key: string; label: string }[];
  /**
   * Queries another page (or sort, or search) with the chart's form data and gives the props
   * to draw it with; rejects with the server's error.
   */
  loadPage: (request: TablePageRequest) => Promise<TableProps>;
}

/** What the Table component draws. */
export interface TableProps {
  columns: TableColumn[];
  /** All rows (client paging), or the first page (server paging). */
  rows: Record<string, unknown>[];
  /** The totals row of an aggregate table with `show_totals`. */
  totals?: Record<string, unknown>;
  /** Rows per page for client paging; 0 shows all rows in one scrolling list. */
  pageLength: number;
  includeSearch: boolean;
  allowRearrangeColumns: boolean;
  /** Cell colours, applied in order (a later matching rule wins). */
  colorRules: CellColorRule[];
  /** Present when the server pages the rows. */
  serverPagination?: ServerPagination;
}
