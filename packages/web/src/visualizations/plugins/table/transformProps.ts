import type { ChartDataResult } from '@superset-ts/shared';
import type { TransformContext } from '../../core/chart-plugin';
import { numberValue } from '../../core/form-data';
import { rowsOf, toNumberOrNull } from '../../core/query/results';
import { buildTableQuery, getQueryMode } from './buildQuery';
import {
  createCellColorRules,
  numericValues,
  parseConditionalFormatting,
} from './conditional-formatting';
import { fetchTablePage, type ChartDataFetcher } from './fetch-table-page';
import { firstPageRequest, type TablePageRequest } from './page-request';
import { createTableColumns } from './table-columns';
import type { ServerPagination, TableColumn, TableFormData, TableProps } from './types';

/** The results a table's response holds, by role, whatever the order of its queries. */
interface TableResults {
  rows: ChartDataResult | undefined;
  rowCount: ChartDataResult | undefined;
  totals: ChartDataResult | undefined;
}

function splitResults(
  formData: TableFormData,
  queriesResponse: readonly ChartDataResult[],
): TableResults {
  const [rows, second, third] = queriesResponse;
  return formData.server_pagination
    ? { rows, rowCount: second, totals: third }
    : { rows, rowCount: undefined, totals: second };
}

function searchableColumns(columns: readonly TableColumn[]) {
  return columns
    .filter((column) => column.kind === 'text')
    .map((column) => ({ key: column.key, label: column.label }));
}

function serverPagination(
  formData: TableFormData,
  results: TableResults,
  columns: readonly TableColumn[],
  request: TablePageRequest,
  loadPage: ServerPagination['loadPage'],
): ServerPagination {
  const counted = toNumberOrNull(rowsOf(results.rowCount)[0]?.rowcount);
  return {
    rowCount: counted ?? rowsOf(results.rows).length,
    request,
    searchableColumns: searchableColumns(columns),
    loadPage,
  };
}

/**
 * The Table's props (Superset's Table `transformProps`): its columns with their formats, bars
 * and colour rules, the rows, the totals row, and the paging options. For a server-paged table,
 * also the row count and `loadPage`, which runs the same chart for another page.
 *
 * @param request the page the response answers (the first page when the host ran the chart)
 * @param fetcher runs page requests (`POST /api/v1/chart/data` by default)
 */
export function transformTableProps(
  formData: TableFormData,
  queriesResponse: readonly ChartDataResult[],
  context: TransformContext,
  request: TablePageRequest = firstPageRequest(formData),
  fetcher: ChartDataFetcher = fetchTablePage,
): TableProps {
  const results = splitResults(formData, queriesResponse);
  const rows = rowsOf(results.rows);
  const columns = createTableColumns(formData, results.rows, rows, context);
  const rules = parseConditionalFormatting(formData.conditional_formatting);
  const totalsRow =
    getQueryMode(formData) === 'aggregate' && formData.show_totals
      ? rowsOf(results.totals)[0]
      : undefined;
  const props: TableProps = {
    columns,
    rows,
    pageLength: Math.max(0, Math.floor(numberValue(formData.page_length) ?? 0)),
    includeSearch: formData.include_search === true,
    allowRearrangeColumns: formData.allow_rearrange_columns === true,
    colorRules: createCellColorRules(rules, (column) => numericValues(rows, column)),
  };
  if (totalsRow) props.totals = totalsRow;
  if (formData.server_pagination) {
    const loadPage = async (next: TablePageRequest): Promise<TableProps> => {
      const answer = await fetcher(buildTableQuery(formData, next));
      const failed = answer.find((result) => result.error || result.status === 'failed');
      if (failed) throw new Error(failed.error ?? 'The query failed.');
      return transformTableProps(formData, answer, context, next, fetcher);
    };
    props.serverPagination = serverPagination(formData, results, columns, request, loadPage);
  }
  return props;
}
