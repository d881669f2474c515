import type { SeededRandom } from './seeded-random.js';

/** A product of the catalogue: its code (scale and number, S10_1678 style) and list price. */
export interface SalesProduct {
  code: string;
  productLine: string;
  msrp: number;
}

interface ProductLineSpec {
  name: string;
  /** Share of order lines. */
  share: number;
  products: number;
  msrpRange: [number, number];
}

/** Product lines with skewed shares, like the classic model-vehicle sample. */
export const PRODUCT_LINES: readonly ProductLineSpec[] = [
  { name: 'Classic Cars', share: 34, products: 37, msrpRange: [60, 215] },
  { name: 'Vintage Cars', share: 21, products: 24, msrpRange: [35, 170] },
  { name: 'Motorcycles', share: 12, products: 13, msrpRange: [60, 195] },
  { name: 'Planes', share: 11, products: 12, msrpRange: [50, 160] },
  { name: 'Trucks and Buses', share: 11, products: 11, msrpRange: [60, 140] },
  { name: 'Ships', share: 8, products: 9, msrpRange: [50, 120] },
  { name: 'Trains', share: 3, products: 3, msrpRange: [35, 110] },
];

const SCALES = [10, 12, 18, 24, 32, 50, 72, 700];

/** The catalogue by product line, each product with a unique code. */
export function buildCatalog(random: SeededRandom): Map<string, SalesProduct[]> {
  const used = new Set<string>();
  const catalog = new Map<string, SalesProduct[]>();
  for (const line of PRODUCT_LINES) {
    const products: SalesProduct[] = [];
    while (products.length < line.products) {
      const code = `S${random.pick(SCALES)}_${random.int(1000, 4999)}`;
      if (used.has(code)) continue;
      used.add(code);
      const msrp = Math.round(random.float(line.msrpRange[0], line.msrpRange[1]));
      products.push({ code, productLine: line.name, msrp });
    }
    catalog.set(line.name, products);
  }
  return catalog;
}
