import {
  CHART_DATA_API_PATH,
  chartDataResponseSchema,
  type ChartDataResult,
} from '@superset-ts/shared';
import { z } from 'zod';
import { postForFile, requestJson } from '../../../api/json-request';
import type { QueryContextRequest } from '../../../visualizations';

/** The rows of one query as the data panes show them (`result_type` results or samples). */
export const chartRowsSchema = z.object({
  data: z.array(z.record(z.string(), z.unknown())),
  colnames: z.array(z.string()),
  /** GenericDataType per column: 0 numeric, 1 string, 2 temporal, 3 boolean. */
  coltypes: z.array(z.number().int().nullable()),
  rowcount: z.number().int(),
});
export type ChartRows = z.infer<typeof chartRowsSchema>;

/** The SQL one query of a chart runs (`result_type` query). */
export const chartSqlSchema = z.object({ query: z.string(), language: z.string().optional() });
export type ChartSql = z.infer<typeof chartSqlSchema>;

/** The row-returning result types the data panes ask for. */
export type ChartRowsKind = 'results' | 'samples';

/** What a file download carries: the file and the name the server gave it. */
export interface DownloadedFile {
  blob: Blob;
  /** From Content-Disposition; null when the server named none. */
  filename: string | null;
}

/** The chart's queries and what they return: the `full` payload per query. */
export async function fetchChartData(context: QueryContextRequest): Promise<ChartDataResult[]> {
  const answer = await requestJson('POST', CHART_DATA_API_PATH, chartDataResponseSchema, {
    ...context,
    result_type: 'full',
    result_format: 'json',
  });
  return answer.result;
}

/** The rows of each query (`results`), or rows of the dataset itself (`samples`). */
export async function fetchChartRows(
  context: QueryContextRequest,
  kind: ChartRowsKind,
): Promise<ChartRows[]> {
  const answer = await requestJson(
    'POST',
    CHART_DATA_API_PATH,
    z.object({ result: z.array(chartRowsSchema) }),
    { ...context, result_type: kind, result_format: 'json' },
  );
  return answer.result;
}

/** The SQL of each of the chart's queries, without running them. */
export async function fetchChartSql(context: QueryContextRequest): Promise<ChartSql[]> {
  const answer = await requestJson(
    'POST',
    CHART_DATA_API_PATH,
    z.object({ result: z.array(chartSqlSchema) }),
    { ...context, result_type: 'query', result_format: 'json' },
  );
  return answer.result;
}

/** The file name of `Content-Disposition: attachment; filename="x.csv"`, if any. */
export function filenameFromDisposition(header: string | null): string | null {
  if (!header) return null;
  const encoded = /filename\*=UTF-8''([^;]+)/i.exec(header);
  if (encoded?.[1]) {
    try {
      return decodeURIComponent(encoded[1]);
    } catch {
      // Falls through to the plain parameter.
    }
  }
  const plain = /filename="?([^";]+)"?/i.exec(header);
  return plain?.[1] ?? null;
}

/** The chart's data as a CSV or XLSX file (a ZIP when there are several queries). */
export async function downloadChartData(
  context: QueryContextRequest,
  format: 'csv' | 'xlsx',
): Promise<DownloadedFile> {
  const response = await postForFile(CHART_DATA_API_PATH, {
    ...context,
    result_type: 'full',
    result_format: format,
  });
  return {
    blob: await response.blob(),
    filename: filenameFromDisposition(response.headers.get('content-disposition')),
  };
}
