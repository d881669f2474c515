import { describe, expect, it } from 'vitest';
import { CLEANED_SALES_DATA_TABLE, dealSize, generateSalesRows } from './cleaned-sales-data.js';
import { expectCellsMatchSchema, fingerprint, rowsOf } from './test-support/generated-rows.js';

type SalesRow = [
  number,
  number,
  Date,
  string,
  string,
  string,
  number,
  number,
  number,
  number,
  string,
  string,
  string,
  string,
  string,
  string,
];
const rows = rowsOf(CLEANED_SALES_DATA_TABLE);
const sales = rows as SalesRow[];

function salesIn(year: number, quarter: number): number {
  return sales
    .filter(([, , day]) => day.getUTCFullYear() === year)
    .filter(([, , day]) => Math.floor(day.getUTCMonth() / 3) + 1 === quarter)
    .reduce((sum, row) => sum + row[9], 0);
}

describe('cleaned_sales_data', () => {
  it('yields the same ~10k order lines on every run, typed as the schema says', () => {
    expect(rows.length).toBe(CLEANED_SALES_DATA_TABLE.rowCount);
    expect(rows.length).toBeGreaterThan(8_000);
    expect(rows.length).toBeLessThan(12_000);
    expect(fingerprint(generateSalesRows())).toBe(fingerprint(rows));
    expectCellsMatchSchema(CLEANED_SALES_DATA_TABLE, rows);
    const days = sales.map(([, , day]) => day.getTime());
    expect(Math.min(...days)).toBeGreaterThanOrEqual(Date.UTC(2023, 0, 1));
    expect(Math.max(...days)).toBeLessThanOrEqual(Date.UTC(2025, 11, 31));
  });

  it('computes sales as quantity x price in cents and buckets deal sizes by amount', () => {
    const wrong = sales.filter(
      ([, , , , , , quantity, price, , amount, size]) =>
        Math.abs(amount - Math.round(quantity * price * 100) / 100) > 1e-9 ||
        size !== dealSize(amount),
    );
    expect(wrong).toEqual([]);
    expect([dealSize(2999.99), dealSize(3000), dealSize(6999), dealSize(7000)]).toEqual([
      'Small',
      'Medium',
      'Medium',
      'Large',
    ]);
    expect(new Set(sales.map((row) => row[10]))).toEqual(new Set(['Small', 'Medium', 'Large']));
  });

  it('numbers order lines 1..n within orders of at most 12 lines, one customer and status each', () => {
    const orders = new Map<number, SalesRow[]>();
    for (const row of sales) {
      const lines = orders.get(row[0]) ?? [];
      lines.push(row);
      orders.set(row[0], lines);
    }
    expect(orders.size).toBeGreaterThan(1_000);
    for (const lines of orders.values()) {
      expect(lines.map((line) => line[1])).toEqual(lines.map((_, index) => index + 1));
      expect(lines.length).toBeLessThanOrEqual(12);
      expect(new Set(lines.map((line) => `${line[11]}|${line[3]}`)).size).toBe(1);
    }
  });

  it('peaks in Q4, grows year over year and skews to Classic Cars and Shipped', () => {
    for (const year of [2023, 2024, 2025])
      expect(salesIn(year, 4)).toBeGreaterThan(salesIn(year, 1));
    const yearTotal = (year: number): number =>
      [1, 2, 3, 4].reduce((sum, quarter) => sum + salesIn(year, quarter), 0);
    expect(yearTotal(2025)).toBeGreaterThan(yearTotal(2023));
    const lines = sales.filter((row) => row[4] === 'Classic Cars').length;
    expect(lines / sales.length).toBeGreaterThan(0.25);
    expect(sales.filter((row) => row[3] === 'Shipped').length / sales.length).toBeGreaterThan(0.8);
    expect(new Set(sales.map((row) => row[3])).size).toBe(6);
  });

  it('sells to about 90 customers in 20 countries, some with non-ASCII names', () => {
    expect(new Set(sales.map((row) => row[11])).size).toBeGreaterThan(80);
    expect(new Set(sales.map((row) => row[13])).size).toBe(20);
    expect(sales.some((row) => /[^ -~]/.test(row[11]))).toBe(true);
    expect(new Set(sales.map((row) => row[15]))).toEqual(new Set(['NA', 'EMEA', 'APAC', 'Japan']));
    const codes = new Set(sales.map((row) => row[5]));
    expect([...codes].every((code) => /^S\d+_\d{4}$/.test(code))).toBe(true);
  });
});
