import {
  CUSTOMER_NAME_PATTERNS,
  SALES_MARKETS,
  type SalesMarket,
} from './reference/sales-markets.js';
import type { SeededRandom } from './seeded-random.js';

/** A customer of the retailer, located in one city of one market. */
export interface SalesCustomer {
  name: string;
  city: string;
  market: SalesMarket;
}

/** `count` customers with unique names: one per market, the rest spread by market weight. */
export function buildCustomers(random: SeededRandom, count: number): SalesCustomer[] {
  const weights = SALES_MARKETS.map((market) => market.customerWeight);
  const names = new Set<string>();
  const customers: SalesCustomer[] = [];
  while (customers.length < count) {
    const market = SALES_MARKETS[customers.length] ?? random.weightedPick(SALES_MARKETS, weights);
    const city = random.pick(market.cities);
    const name = random
      .pick(CUSTOMER_NAME_PATTERNS)
      .replace('{city}', city)
      .replace('{surname}', random.pick(market.surnames));
    if (names.has(name)) continue;
    names.add(name);
    customers.push({ name, city, market });
  }
  return customers;
}
