import type { ExampleCell, GeneratedExampleTable } from '../example-table.js';
import { CLEANED_SALES_DATA } from '../table-schemas.js';
import { PRODUCT_LINES, buildCatalog } from './sales-catalog.js';
import { buildCustomers } from './sales-customers.js';
import { seededRandom, type SeededRandom } from './seeded-random.js';

const FIRST_DAY = Date.UTC(2023, 0, 1);
const LAST_DAY = Date.UTC(2025, 11, 31);
const DAY_MS = 86_400_000;
const EXPECTED_ORDERS = 1_650;
const FIRST_ORDER_NUMBER = 10_100;
/** November peaks, as holiday stock is ordered; January and February are quiet. */
const MONTH_FACTORS = [0.75, 0.75, 0.85, 0.8, 0.9, 0.8, 0.8, 0.9, 0.95, 1.3, 1.9, 1.2];
const YEAR_GROWTH: Readonly<Record<number, number>> = { 2023: 1, 2024: 1.18, 2025: 1.35 };
const STATUSES = ['Shipped', 'Cancelled', 'Resolved', 'On Hold', 'Disputed', 'In Process'];
const STATUS_WEIGHTS = [92, 2.5, 2, 1.5, 1.5, 0.5];
const RECENT_STATUS_WEIGHTS = [40, 2, 0, 15, 3, 40];

/** The deal size bucket of an order line's sales amount. */
export function dealSize(sales: number): 'Small' | 'Medium' | 'Large' {
  if (sales < 3000) return 'Small';
  return sales < 7000 ? 'Medium' : 'Large';
}

function dayWeight(day: Date): number {
  const weekend = day.getUTCDay() === 0 || day.getUTCDay() === 6 ? 0.4 : 1;
  const month = MONTH_FACTORS[day.getUTCMonth()] ?? 1;
  return weekend * month * (YEAR_GROWTH[day.getUTCFullYear()] ?? 1);
}

function poisson(random: SeededRandom, mean: number): number {
  const limit = Math.exp(-mean);
  let count = 0;
  let product = random.next();
  while (product > limit) {
    count += 1;
    product *= random.next();
  }
  return count;
}

/** Generates every order line afresh (the table itself memoizes one generation). */
export function generateSalesRows(): ExampleCell[][] {
  const random = seededRandom('cleaned_sales_data');
  const catalog = buildCatalog(random);
  // Big markets tend to hold the big customers: ranked by market weight times a random draw.
  const customers = buildCustomers(random, 90)
    .map((customer) => ({ customer, rank: customer.market.customerWeight * random.next() }))
    .sort((a, b) => b.rank - a.rank)
    .map(({ customer }) => customer);
  const days: Date[] = [];
  for (let ms = FIRST_DAY; ms <= LAST_DAY; ms += DAY_MS) days.push(new Date(ms));
  const perWeight = EXPECTED_ORDERS / days.reduce((sum, day) => sum + dayWeight(day), 0);
  const lineNames = PRODUCT_LINES.map((line) => line.name);
  const lineShares = PRODUCT_LINES.map((line) => line.share);

  const rows: ExampleCell[][] = [];
  let orderNumber = FIRST_ORDER_NUMBER;
  for (const day of days) {
    const isRecent = LAST_DAY - day.getTime() < 30 * DAY_MS;
    for (let n = poisson(random, dayWeight(day) * perWeight); n > 0; n -= 1) {
      const customer = customers[random.zipfIndex(customers.length, 0.6)] ?? customers[0];
      if (!customer) throw new Error('no sales customers');
      const status = random.weightedPick(
        STATUSES,
        isRecent ? RECENT_STATUS_WEIGHTS : STATUS_WEIGHTS,
      );
      const lineCount = random.int(1, 12);
      const chosen = new Set<string>();
      for (let line = 1; line <= lineCount; line += 1) {
        const products = catalog.get(random.weightedPick(lineNames, lineShares)) ?? [];
        const product = products[random.zipfIndex(products.length, 0.6)];
        if (!product || chosen.has(product.code)) continue;
        chosen.add(product.code);
        const quantity = Math.round(Math.min(97, Math.max(6, random.normal(35, 9))));
        const price = Math.round(product.msrp * random.float(0.78, 1.03) * 100) / 100;
        const sales = Math.round(quantity * price * 100) / 100;
        rows.push([
          orderNumber,
          chosen.size,
          day,
          status,
          product.productLine,
          product.code,
          quantity,
          price,
          product.msrp,
          sales,
          dealSize(sales),
          customer.name,
          customer.city,
          customer.market.country,
          customer.market.countryCode,
          customer.market.territory,
        ]);
      }
      orderNumber += 1;
    }
  }
  return rows;
}

let salesRows: ExampleCell[][] | undefined;

function allSalesRows(): ExampleCell[][] {
  salesRows ??= generateSalesRows();
  return salesRows;
}

/** Three years of order lines (2023-2025): seasonal, growing, a few big customers. */
export const CLEANED_SALES_DATA_TABLE: GeneratedExampleTable = {
  kind: 'rows',
  schema: CLEANED_SALES_DATA,
  version: 1,
  get rowCount() {
    return allSalesRows().length;
  },
  rows: () => allSalesRows().map((row) => [...row]),
};
