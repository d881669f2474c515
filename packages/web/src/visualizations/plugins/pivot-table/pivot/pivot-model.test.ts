import { describe, expect, it } from 'vitest';
import type { AxisEntry } from './pivot-axis';
import { buildColumnHeaderRows } from './pivot-headers';
import { buildPivotModel, type PivotModelInput } from './pivot-model';

const records = [
  { state: 'CA', gender: 'boy', year: 2020, count: 10, avg: 1 },
  { state: 'CA', gender: 'girl', year: 2020, count: 20, avg: 2 },
  { state: 'CA', gender: 'girl', year: 2021, count: 30, avg: 3 },
  { state: 'NY', gender: 'boy', year: 2020, count: 5, avg: null },
  { state: 'NY', gender: 'girl', year: 2021, count: 15, avg: 5 },
];

const input = (overrides: Partial<PivotModelInput> = {}): PivotModelInput => ({
  records,
  rowDimensions: ['state', 'gender'],
  columnDimensions: ['year'],
  metrics: ['count'],
  metricsLayout: 'COLUMNS',
  combineMetric: false,
  transposePivot: false,
  aggregateFunction: 'Sum',
  rowTotals: false,
  colTotals: false,
  rowSubTotals: false,
  colSubTotals: false,
  rowSubtotalsFirst: false,
  colSubtotalsFirst: false,
  rowOrder: 'key_a_to_z',
  colOrder: 'key_a_to_z',
  ...overrides,
});

const describeEntry = (entry: AxisEntry) => `${entry.kind}:${entry.key.join('/')}`;

describe('buildPivotModel', () => {
  it('places the metric level first on the columns, cells from their record', () => {
    const model = buildPivotModel(input());
    expect(model.rowLevels).toEqual(['state', 'gender']);
    expect(model.columnLevels).toEqual(['__metric__', 'year']);
    expect(model.rows.map(describeEntry)).toEqual([
      'key:CA/boy',
      'key:CA/girl',
      'key:NY/boy',
      'key:NY/girl',
    ]);
    expect(model.columns.map(describeEntry)).toEqual(['key:count/2020', 'key:count/2021']);
    expect(model.valueAt(['CA', 'girl'], ['count', 2021])).toBe(30);
    expect(model.valueAt(['NY', 'boy'], ['count', 2021])).toBeUndefined();
  });

  it('adds row subtotals after each group and totals, aggregated from the records', () => {
    const model = buildPivotModel(input({ rowSubTotals: true, colTotals: true, rowTotals: true }));
    expect(model.rows.map(describeEntry)).toEqual([
      'key:CA/boy',
      'key:CA/girl',
      'subtotal:CA',
      'key:NY/boy',
      'key:NY/girl',
      'subtotal:NY',
      'total:',
    ]);
    expect(model.columns.map(describeEntry)).toEqual([
      'key:count/2020',
      'key:count/2021',
      'total:',
    ]);
    expect(model.valueAt(['CA'], ['count', 2020])).toBe(30);
    expect(model.valueAt(['CA'], [])).toBe(60);
    expect(model.valueAt([], ['count', 2021])).toBe(45);
    expect(model.valueAt([], [])).toBe(80);
  });

  it('puts subtotals before their group when asked', () => {
    const model = buildPivotModel(input({ rowSubTotals: true, rowSubtotalsFirst: true }));
    expect(model.rows.map(describeEntry).slice(0, 4)).toEqual([
      'subtotal:CA',
      'key:CA/boy',
      'key:CA/girl',
      'subtotal:NY',
    ]);
  });

  it('aggregates subtotals with the chosen function over the cells under them', () => {
    const average = buildPivotModel(input({ aggregateFunction: 'Average', rowSubTotals: true }));
    expect(average.valueAt(['CA'], ['count', 2020])).toBe(15);
    const counted = buildPivotModel(input({ aggregateFunction: 'Count', colTotals: true }));
    expect(counted.valueAt([], ['count', 2020])).toBe(3);
    const share = buildPivotModel(input({ aggregateFunction: 'Sum as Fraction of Total' }));
    expect(share.valueAt(['CA', 'girl'], ['count', 2021])).toBe(30 / 80);
    const unique = buildPivotModel(
      input({ aggregateFunction: 'List Unique Values', rowDimensions: ['state'] }),
    );
    expect(unique.valueAt(['CA'], ['count', 2020])).toEqual([10, 20]);
  });

  it('skips missing metric values, and puts metrics on the rows, innermost when combined', () => {
    const model = buildPivotModel(
      input({
        metrics: ['count', 'avg'],
        metricsLayout: 'ROWS',
        combineMetric: true,
        rowDimensions: ['state'],
      }),
    );
    expect(model.rowLevels).toEqual(['state', '__metric__']);
    expect(model.rows.map(describeEntry)).toEqual([
      'key:CA/count',
      'key:CA/avg',
      'key:NY/count',
      'key:NY/avg',
    ]);
    expect(model.valueAt(['NY', 'avg'], [2020])).toBeUndefined();
  });

  it('swaps rows and columns when transposed, and orders groups by their totals', () => {
    const transposed = buildPivotModel(input({ transposePivot: true, rowDimensions: ['state'] }));
    expect(transposed.rowLevels).toEqual(['year']);
    expect(transposed.columnLevels).toEqual(['__metric__', 'state']);

    const byValue = buildPivotModel(input({ rowOrder: 'value_z_to_a' }));
    expect(byValue.rows.map(describeEntry)).toEqual([
      'key:CA/girl',
      'key:CA/boy',
      'key:NY/girl',
      'key:NY/boy',
    ]);
  });
});

describe('buildColumnHeaderRows', () => {
  it('spans each header value over its group, subtotal and total labels down to the last row', () => {
    const model = buildPivotModel(
      input({
        rowDimensions: ['state'],
        columnDimensions: ['gender', 'year'],
        colSubTotals: true,
        rowTotals: true,
      }),
    );
    const rows = buildColumnHeaderRows(model.columns, model.columnLevels.length);
    const describe = (cells: (typeof rows)[number]) =>
      cells.map((cell) =>
        cell.kind === 'value'
          ? `${String(cell.value)}x${cell.colSpan}`
          : `${cell.kind}^${cell.rowSpan}`,
      );
    expect(rows.map(describe)).toEqual([
      ['countx6', 'total^3'],
      ['boyx2', 'girlx3', 'subtotal^2'],
      ['2020x1', 'subtotal^1', '2020x1', '2021x1', 'subtotal^1'],
    ]);
  });
});
