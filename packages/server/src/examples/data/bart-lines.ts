import type { ExampleCell, GeneratedExampleTable } from '../example-table.js';
import { BART_LINES } from '../table-schemas.js';
import { BART_LINES_REFERENCE, BART_STATIONS } from './reference/bart-stations.js';

function stationPoint(name: string): readonly [number, number] {
  const point = BART_STATIONS[name];
  if (!point) throw new Error(`Unknown BART station ${name}`);
  return point;
}

function* bartLineRows(): Generator<ExampleCell[]> {
  for (const line of BART_LINES_REFERENCE) {
    yield [line.name, line.color, JSON.stringify(line.stations.map(stationPoint))];
  }
}

/** bart_lines: the Bay Area's rail lines as paths of [longitude, latitude] through stations. */
export const BART_LINES_TABLE: GeneratedExampleTable = {
  kind: 'rows',
  schema: BART_LINES,
  version: 1,
  rowCount: BART_LINES_REFERENCE.length,
  rows: bartLineRows,
};
