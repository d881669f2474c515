import type { ExampleCell, GeneratedExampleTable } from '../example-table.js';
import { MULTIFORMAT_STRING_FORMATS, MULTIFORMAT_TIME_SERIES } from '../table-schemas.js';
import { formatPythonDate } from './python-date-format.js';
import { seededRandom } from './seeded-random.js';

const START = Date.UTC(2024, 0, 1);
const HOURS = 100 * 24;
const HOUR_MS = 3_600_000;
const STRING_COLUMNS = ['string0', 'string1', 'string2', 'string3'] as const;

function formatOf(column: string): string {
  const format = MULTIFORMAT_STRING_FORMATS[column];
  if (!format) throw new Error(`No format for ${column}`);
  return format;
}

/** A daily cycle on a weekly cycle on a slow upward trend, with noise. */
function signal(hour: number, noise: number): number {
  const daily = Math.sin((2 * Math.PI * ((hour % 24) - 8)) / 24);
  const weekly = Math.cos((2 * Math.PI * hour) / (24 * 7));
  return Math.round((100 + hour * 0.01 + 20 * daily + 10 * weekly + noise) * 100) / 100;
}

function* multiformatRows(): Generator<ExampleCell[]> {
  const random = seededRandom('multiformat_time_series');
  const formats = STRING_COLUMNS.map(formatOf);
  for (let hour = 0; hour < HOURS; hour += 1) {
    const ms = START + hour * HOUR_MS;
    const instant = new Date(ms);
    const day = new Date(ms - (ms % 86_400_000));
    yield [
      day,
      instant,
      ms,
      ms / 1000,
      ...formats.map((format) => formatPythonDate(instant, format)),
      signal(hour, random.normal(0, 3)),
    ];
  }
}

/** multiformat_time_series: 100 days of hourly instants stored in many date formats. */
export const MULTIFORMAT_TIME_SERIES_TABLE: GeneratedExampleTable = {
  kind: 'rows',
  schema: MULTIFORMAT_TIME_SERIES,
  version: 1,
  rowCount: HOURS,
  rows: multiformatRows,
};
