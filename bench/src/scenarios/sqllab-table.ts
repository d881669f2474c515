import type pg from 'pg';

/** The schema and table scenario S reads; dedicated to the benchmark, never shared. */
export const SQLLAB_TABLE = 'bench_sqllab.rows_1m';

/** Rows in the table: the CSV export reads all of them, the JSON run the first 100,000. */
export const SQLLAB_TABLE_ROWS = 1_000_000;

/**
 * Written as the table's comment when it is complete; a table without it (an interrupted
 * build, or an older definition) is built again. Change it whenever the SELECT changes.
 */
const TABLE_VERSION = 'superset-ts bench S, 10 columns, v1';

/**
 * A deterministic 10-column table: int, bigint, int, two numerics, two texts, two
 * timestamps (one with 10% NULLs) and a boolean, all derived from the row number.
 */
export function createTableSql(rows: number): string {
  return `CREATE TABLE ${SQLLAB_TABLE} AS
SELECT g::integer AS id,
  (g::bigint * 2654435761) % 1000000007 AS account_id,
  (g % 1000)::integer AS quantity,
  ((g % 100000) / 100.0)::numeric(12,2) AS amount,
  ((g % 10000) / 10000.0)::numeric(6,4) AS discount_rate,
  'customer_' || (g % 50000) AS customer,
  (ARRAY['books','games','garden','music','tools','toys'])[1 + g % 6] AS category,
  TIMESTAMP '2024-01-01 00:00:00' + g * INTERVAL '31 seconds' AS created_at,
  CASE WHEN g % 10 = 0 THEN NULL
    ELSE TIMESTAMP '2024-01-01 00:00:00' + g * INTERVAL '31 seconds' + (g % 72) * INTERVAL '1 hour'
  END AS shipped_at,
  g % 3 = 0 AS is_priority
FROM generate_series(1, ${rows}) AS g
ORDER BY g`;
}

async function isTableReady(client: pg.PoolClient): Promise<boolean> {
  const found = await client.query<{ comment: string | null }>(
    `SELECT obj_description(to_regclass($1), 'pg_class') AS comment`,
    [SQLLAB_TABLE],
  );
  if (found.rows[0]?.comment !== TABLE_VERSION) return false;
  const counted = await client.query<{ n: string }>(`SELECT count(*) AS n FROM ${SQLLAB_TABLE}`);
  return Number(counted.rows[0]?.n) === SQLLAB_TABLE_ROWS;
}

/**
 * Makes sure the table exists with all its rows, building it (about 10 s) only when it is
 * missing, incomplete or of another version; returns whether it was built.
 */
export async function ensureSqlLabTable(pool: pg.Pool): Promise<boolean> {
  const client = await pool.connect();
  try {
    if (await isTableReady(client)) return false;
    await client.query('BEGIN');
    await client.query('CREATE SCHEMA IF NOT EXISTS bench_sqllab');
    await client.query(`DROP TABLE IF EXISTS ${SQLLAB_TABLE}`);
    await client.query(createTableSql(SQLLAB_TABLE_ROWS));
    await client.query(`COMMENT ON TABLE ${SQLLAB_TABLE} IS '${TABLE_VERSION}'`);
    await client.query('COMMIT');
    await client.query(`VACUUM ANALYZE ${SQLLAB_TABLE}`);
    return true;
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    client.release();
  }
}
