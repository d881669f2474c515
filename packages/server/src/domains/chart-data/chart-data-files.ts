import { Readable } from 'node:stream';
import { AppError } from '../../errors/app-error.js';
import { toCsv, toXlsx, toZip, type CsvExportSettings } from '../../result-formats/index.js';
import type { QueryAnswer } from './chart-data.service.js';
import type { DownloadKind } from './download-headers.js';
import type { QueryOutcome } from './query-outcome.js';

/** A download: its kind (the file extension) and its bytes. */
export interface ChartDataFile {
  kind: DownloadKind;
  body: Buffer | Readable;
}

function outcomesOf(answers: readonly QueryAnswer[]): QueryOutcome[] {
  return answers.map((answer) => {
    if (answer.kind !== 'data') {
      throw new AppError(
        'INVALID_PAYLOAD_SCHEMA_ERROR',
        'CSV and XLSX downloads need rows: use result_type "full", "results", "samples" or "drill_detail".',
      );
    }
    return answer.outcome;
  });
}

async function csvBuffer(outcome: QueryOutcome, csv: CsvExportSettings): Promise<Buffer> {
  const chunks: Buffer[] = [];
  const { frame } = outcome.result.typed;
  for await (const chunk of toCsv(frame.columns, frame.rows, csv)) chunks.push(chunk);
  return Buffer.concat(chunks);
}

function xlsxOf(outcome: QueryOutcome, name: string): Promise<Buffer> {
  const { frame } = outcome.result.typed;
  return toXlsx([{ name, colnames: frame.columns, rows: frame.rows }]);
}

/**
 * The file of a CSV or XLSX request, as Superset answers: one query gives one file (CSV is
 * streamed, with CSV_EXPORT's separator, decimal mark and encoding, formula-like text
 * defused); several give a ZIP of `query_<n>.<format>`.
 */
export async function chartDataFile(
  answers: readonly QueryAnswer[],
  format: 'csv' | 'xlsx',
  csv: CsvExportSettings,
): Promise<ChartDataFile> {
  const outcomes = outcomesOf(answers);
  const [single] = outcomes;
  if (outcomes.length === 1 && single) {
    if (format === 'xlsx') return { kind: 'xlsx', body: await xlsxOf(single, 'query_1') };
    const { frame } = single.result.typed;
    return { kind: 'csv', body: Readable.from(toCsv(frame.columns, frame.rows, csv)) };
  }
  const files = await Promise.all(
    outcomes.map(async (outcome, index) => ({
      name: `query_${index + 1}.${format}`,
      content:
        format === 'csv'
          ? await csvBuffer(outcome, csv)
          : await xlsxOf(outcome, `query_${index + 1}`),
    })),
  );
  return { kind: 'zip', body: await toZip(files) };
}
