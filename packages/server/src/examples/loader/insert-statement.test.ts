import { describe, expect, it } from 'vitest';
import type { ExamplesDb } from './examples-db.js';
import { insertStatement } from './insert-statement.js';

const INSTANT = new Date(Date.UTC(2024, 1, 29, 13, 5, 9, 250));

describe('INSERT statements', () => {
  const db = (backend: 'duckdb' | 'postgresql') =>
    ({ backend, quote: (name: string) => `"${name}"` }) as unknown as ExamplesDb;
  const columns = [
    { name: 'at', type: 'TIMESTAMP' },
    { name: 'label', type: 'VARCHAR' },
  ] as const;
  const rows = [
    [INSTANT, "it's"],
    [null, null],
  ];

  it('sends DuckDB one typed JSON list per column', () => {
    expect(insertStatement(db('duckdb'), 't', columns, rows)).toBe(
      `INSERT INTO "t" ("at", "label") SELECT UNNEST('["2024-02-29 13:05:09.250",null]'::JSON::TIMESTAMP[]), UNNEST('["it''s",null]'::JSON::VARCHAR[])`,
    );
  });

  it('sends other engines a multi-row VALUES list', () => {
    expect(insertStatement(db('postgresql'), 't', columns, rows)).toBe(
      `INSERT INTO "t" ("at", "label") VALUES (TIMESTAMP '2024-02-29 13:05:09.250', 'it''s'),\n(NULL, NULL)`,
    );
  });
});
