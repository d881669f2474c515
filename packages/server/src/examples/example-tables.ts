import { MISC_EXAMPLE_TABLES, taxiTrips } from './data/misc-tables.js';
import { WORLD_EXAMPLE_TABLES } from './data/world-tables.js';
import type { ExampleTable } from './example-table.js';
import { EXAMPLE_TABLE_SCHEMAS } from './table-schemas.js';

/**
 * THE place that lists every example table the loader writes, in EXAMPLE_TABLE_SCHEMAS order.
 * `bigTableRows` scales the SQL-generated fact table (a few million rows by default).
 */
export function exampleTables(bigTableRows?: number): ExampleTable[] {
  const tables: ExampleTable[] = [
    ...WORLD_EXAMPLE_TABLES,
    ...MISC_EXAMPLE_TABLES,
    taxiTrips(bigTableRows),
  ];
  const order = EXAMPLE_TABLE_SCHEMAS.map((schema) => schema.name);
  return tables.sort((a, b) => order.indexOf(a.schema.name) - order.indexOf(b.schema.name));
}
