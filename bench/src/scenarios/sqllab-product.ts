import type { AdminProduct } from './admin-product.js';
import { startAdminProduct } from './admin-product.js';

/**
 * The limits SQL Lab runs under in this scenario: 100,000 rows shown (the JSON run) and
 * 1,000,000 rows per query (the CSV export, which SQL_MAX_ROW caps), with time to spare.
 */
export const SQLLAB_BENCH_CONFIG = {
  DISPLAY_MAX_ROW: 100_000,
  SQL_MAX_ROW: 1_000_000,
  SQLLAB_TIMEOUT: 300,
} as const;

/** A started product with an admin's API token and the benchmark database registered. */
export type SqlLabProduct = AdminProduct;

/**
 * A product of its own with the scenario's limits (see startAdminProduct) and the analytics
 * database registered with SQL Lab exposed.
 */
export function startSqlLabProduct(
  analyticsUri: string,
  log: (message: string) => void,
): Promise<SqlLabProduct> {
  return startAdminProduct({
    homePrefix: 'superset-bench-sqllab-',
    config: SQLLAB_BENCH_CONFIG,
    database: {
      database_name: 'bench analytics (PostgreSQL)',
      sqlalchemy_uri: analyticsUri,
      expose_in_sqllab: true,
    },
    log,
  });
}
