import type { EngineClient } from '@superset-ts/engines';

/** One statement's cost, as an engine reports it (Superset's `estimate_statement_cost`). */
export type StatementCost = Record<string, number>;

const COST = /cost=([\d.]+)\.\.([\d.]+)/;

/**
 * PostgreSQL's estimate of one statement: the first line of `EXPLAIN` holds
 * `cost=<start-up>..<total>`. Nothing is run: EXPLAIN without ANALYZE only plans, and it runs
 * in a read-only transaction besides. A plan without costs gives an empty estimate.
 */
export async function estimatePostgresStatement(
  client: EngineClient,
  statement: string,
  options: { schema: string | null; timeoutMs: number },
): Promise<StatementCost> {
  const result = await client.execute(`EXPLAIN ${statement}`, {
    readOnly: true,
    schema: options.schema,
    timeoutMs: options.timeoutMs,
    limit: 1,
  });
  const firstLine = result.rows[0]?.[0];
  const match = typeof firstLine === 'string' ? COST.exec(firstLine) : null;
  if (!match?.[1] || !match[2]) return {};
  return { 'Start-up cost': Number(match[1]), 'Total cost': Number(match[2]) };
}

/** A number as Python's `str(float)` writes it, which Superset's cost answers carry. */
function pythonFloatText(value: number): string {
  return Number.isInteger(value) ? value.toFixed(1) : String(value);
}

/** Superset's default `query_cost_formatter`: every value as text. */
export function formatCostAsText(rows: readonly StatementCost[]): Record<string, string>[] {
  return rows.map((row) =>
    Object.fromEntries(Object.entries(row).map(([key, value]) => [key, pythonFloatText(value)])),
  );
}
