import { GenericDataType, type QueryObjectInput } from '@superset-ts/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  describeWithServices,
  LIVE_MARIADB,
  LIVE_POSTGRES,
} from '../domains/databases/test-support/live-database-services.js';
import { buildChartQuery, type BuildChartQueryInput } from './build-chart-query.js';
import { birthNames, columnOf, queryOf } from './test-support/query-fixtures.js';
import { openEngine, type LiveEngine } from './test-support/live-engines.js';

/** A tricky name: a quote and a backslash, which MySQL reads as an escape. */
const TRICKY = "O'Br\\ien";

const ROWS: [string, string, string, string | null, number][] = [
  ['2024-01-05', 'boy', 'Adam', 'CA', 10],
  ['2024-01-20', 'girl', 'Beth', 'CA', 20],
  ['2024-02-03', 'boy', 'Carl', 'NY', 30],
  ['2024-02-14', 'girl', 'Dana', 'NY', 5],
  ['2024-02-28', 'boy', 'Evan', 'TX', 7],
  ['2024-03-01', 'girl', 'Fay', 'TX', 1],
  ['2024-03-15', 'boy', TRICKY, 'CA', 2],
  ['2024-03-31', 'girl', 'Hana', null, 3],
];

interface EngineCase {
  name: string;
  uri: string;
  timestampType: string;
  /** SQL literal of a string in this engine (for seeding only). */
  literal(value: string): string;
}

const standard = (value: string) => `'${value.replace(/'/g, "''")}'`;
const mysqlLiteral = (value: string) => `'${value.replace(/\\/g, '\\\\').replace(/'/g, "''")}'`;
const table = `qe_${Date.now().toString(36)}_${Math.random().toString(36).slice(2, 7)}`;

function seedStatements(engine: EngineCase): string[] {
  const values = ROWS.map(
    ([day, gender, name, state, num]) =>
      `(${engine.literal(`${day} 00:00:00`)}, ${engine.literal(gender)}, ${engine.literal(name)}, ${
        state === null ? 'NULL' : engine.literal(state)
      }, ${num}, ${engine.literal(day.replace(/-/g, ''))})`,
  );
  return [
    `CREATE TABLE ${table} (ds ${engine.timestampType}, gender VARCHAR(16), name VARCHAR(64), state VARCHAR(16), num INTEGER, ds_text VARCHAR(16))`,
    `INSERT INTO ${table} (ds, gender, name, state, num, ds_text) VALUES ${values.join(', ')}`,
  ];
}

/** Month of a bucket as YYYY-MM, whatever type the driver returns. */
function month(value: unknown): string {
  if (value instanceof Date) return value.toISOString().slice(0, 7);
  return String(value).slice(0, 7);
}

function liveSuite(engine: EngineCase): void {
  let live: LiveEngine;

  const run = async (query: QueryObjectInput, overrides: Partial<BuildChartQueryInput> = {}) => {
    const dataset = birthNames({
      table_name: table,
      columns: [
        columnOf('ds', {
          type: engine.timestampType,
          type_generic: GenericDataType.TEMPORAL,
          is_dttm: true,
        }),
        columnOf('gender'),
        columnOf('name'),
        columnOf('state'),
        columnOf('num', { type: 'INTEGER', type_generic: GenericDataType.NUMERIC }),
        columnOf('ds_text', { is_dttm: true, python_date_format: '%Y%m%d' }),
      ],
    });
    const built = buildChartQuery({
      dataset,
      query: queryOf(query),
      dialect: live.dialect,
      rlsPredicates: [],
      rowLimitCap: 1000,
      now: new Date('2024-09-10T15:30:00Z'),
      ...overrides,
    });
    const result = await live.client.execute(built.sql);
    return result.rows.map((row) =>
      row.map((cell) => (typeof cell === 'bigint' ? Number(cell) : cell)),
    );
  };

  beforeAll(async () => {
    live = await openEngine(engine.uri);
    for (const statement of seedStatements(engine)) await live.client.execute(statement);
  });
  afterAll(async () => {
    if (!live) return;
    await live.client.execute(`DROP TABLE ${table}`).catch(() => undefined);
    await live.client.close();
  });

  it('buckets by month over [start, end) and sums', async () => {
    const rows = await run({
      columns: [{ sqlExpression: 'ds', label: 'ds', columnType: 'BASE_AXIS', timeGrain: 'P1M' }],
      metrics: [
        {
          expressionType: 'SIMPLE',
          aggregate: 'SUM',
          column: { column_name: 'num' },
          label: 'total',
        },
      ],
      filters: [{ col: 'ds', op: 'TEMPORAL_RANGE', val: '2024-01-05 : 2024-03-31' }],
      orderby: [['ds', true]],
    });
    // 2024-03-31 is the excluded end: Hana (3) is left out.
    expect(rows.map(([bucket, total]) => [month(bucket), Number(total)])).toEqual([
      ['2024-01', 30],
      ['2024-02', 42],
      ['2024-03', 3],
    ]);
  });

  it('applies IN with NULL, LIKE, a quoted value, RLS and WHERE', async () => {
    const rows = await run(
      {
        columns: ['name'],
        filters: [
          { col: 'state', op: 'IN', val: ['CA', null] },
          { col: 'name', op: 'NOT LIKE', val: 'B%' },
        ],
        extras: { where: 'num < 50' },
        orderby: [['name', true]],
      },
      { rlsPredicates: ['num <> 10'] },
    );
    expect(rows.map(([name]) => name)).toEqual(['Hana', TRICKY]);
    const exact = await run({
      columns: ['name'],
      filters: [{ col: 'name', op: '==', val: TRICKY }],
    });
    expect(exact).toEqual([[TRICKY]]);
  });

  it('keeps the top-N series and filters groups with HAVING', async () => {
    const top = await run({
      columns: ['state', 'gender'],
      metrics: [
        {
          expressionType: 'SIMPLE',
          aggregate: 'SUM',
          column: { column_name: 'num' },
          label: 'total',
        },
      ],
      series_columns: ['state'],
      series_limit: 2,
      orderby: [['total', false]],
    });
    expect(new Set(top.map(([state]) => state))).toEqual(new Set(['NY', 'CA']));
    const having = await run({
      columns: ['state'],
      metrics: ['count'],
      extras: { having: 'COUNT(*) >= 3' },
    });
    expect(having.map(([state, count]) => [state, Number(count)])).toEqual([['CA', 3]]);
  });

  it('filters a text time column with its python_date_format, and counts rows', async () => {
    const rows = await run({
      columns: ['name'],
      granularity: 'ds_text',
      time_range: '2024-02-01 : 2024-03-01',
      orderby: [['name', true]],
    });
    expect(rows.map(([name]) => name)).toEqual(['Carl', 'Dana', 'Evan']);
    const count = await run(
      { columns: ['name'], granularity: 'ds', time_range: 'No filter' },
      { kind: 'rowcount' },
    );
    expect(Number(count[0]?.[0])).toBe(ROWS.length);
  });
}

describe('chart queries on DuckDB (in process)', () => {
  liveSuite({
    name: 'DuckDB',
    uri: 'duckdb:///:memory:',
    timestampType: 'TIMESTAMP',
    literal: standard,
  });
});

describe('chart queries on SQLite (in process)', () => {
  liveSuite({ name: 'SQLite', uri: 'sqlite://', timestampType: 'DATETIME', literal: standard });
});

await describeWithServices([LIVE_POSTGRES], 'chart queries on PostgreSQL', () => {
  liveSuite({
    name: 'PostgreSQL',
    uri: LIVE_POSTGRES.uri,
    timestampType: 'TIMESTAMP',
    literal: standard,
  });
});

await describeWithServices([LIVE_MARIADB], 'chart queries on MariaDB', () => {
  liveSuite({
    name: 'MariaDB',
    uri: LIVE_MARIADB.uri,
    timestampType: 'DATETIME',
    literal: mysqlLiteral,
  });
});
