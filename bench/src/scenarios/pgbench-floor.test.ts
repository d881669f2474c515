import { describe, expect, it } from 'vitest';
import { pgbenchPlan } from './chart-load-plan.js';
import {
  escapePgbenchColons,
  parsePgbenchOutput,
  pgbenchArgs,
  pgbenchScript,
  PgbenchError,
  PgbenchScriptError,
} from './pgbench-floor.js';

const SUMMARY = `pgbench (15.20 (Debian 15.20-0+deb12u1))
transaction type: /tmp/q.sql
query mode: extended
number of clients: 8
number of threads: 2
number of transactions per client: 1
number of transactions actually processed: 8/8
number of failed transactions: 0 (0.000%)
latency average = 12.345 ms
initial connection time = 3.228 ms
tps = 648.035 (without initial connection time)
`;

describe("pgbench's summary", () => {
  it('reads the latency average and the tps without connection time', () => {
    expect(parsePgbenchOutput(SUMMARY)).toEqual({ latencyAverageMs: 12.345, tps: 648.035 });
  });

  it('refuses a summary without latency, or with transactions missing', () => {
    expect(() => parsePgbenchOutput('pgbench: error: connection failed')).toThrow(PgbenchError);
    expect(() => parsePgbenchOutput(SUMMARY.replace('8/8', '5/8'))).toThrow(/processed 5 of 8/);
  });
});

describe('the pgbench script', () => {
  it('leaves casts and time literals alone (pgbench takes no variable there)', () => {
    const sql = "SELECT '2024-10-02 00:00:00'::timestamp AS t WHERE a::int > 1";
    expect(escapePgbenchColons(sql)).toBe(sql);
  });

  it("escapes a literal's :name as \\072 in an escape string, keeping its value", () => {
    expect(escapePgbenchColons("SELECT 'a:scale', 'it''s\\x:y'")).toBe(
      "SELECT E'a\\072scale', E'it''s\\\\x\\072y'",
    );
    expect(escapePgbenchColons("SELECT E'a:b'")).toBe("SELECT E'a\\072b'");
  });

  it('refuses a :name it cannot escape', () => {
    expect(() => escapePgbenchColons('SELECT a[1:n] FROM t')).toThrow(PgbenchScriptError);
    expect(() => escapePgbenchColons('SELECT "a:b" FROM t')).toThrow(PgbenchScriptError);
    expect(() => escapePgbenchColons("SELECT 'open")).toThrow(PgbenchScriptError);
  });

  it('ends one statement with one semicolon, and gives each client its own', () => {
    expect(pgbenchScript(['SELECT 1 ;\n'])).toBe('SELECT 1;\n');
    expect(pgbenchScript(['SELECT 1', 'SELECT 2;'])).toBe(
      '\\if :client_id = 0\nSELECT 1;\n\\elif :client_id = 1\nSELECT 2;\n\\endif\n',
    );
    expect(() => pgbenchScript([])).toThrow(PgbenchScriptError);
  });
});

describe("pgbench's command line", () => {
  const url = 'postgresql://postgres@127.0.0.1:5432/test';

  it('runs extended protocol, no vacuum, at most two threads', () => {
    expect(
      pgbenchArgs('/tmp/q.sql', {
        databaseUrl: url,
        statements: ['SELECT 1'],
        clients: 8,
        transactionsPerClient: 1,
      }),
    ).toEqual(['-n', '-M', 'extended', '-f', '/tmp/q.sql', '-c', '8', '-j', '2', '-t', '1', url]);
    expect(
      pgbenchArgs('/q', {
        databaseUrl: url,
        statements: ['x'],
        clients: 1,
        transactionsPerClient: 5,
      }),
    ).toContain('1');
  });

  it('refuses statements that are neither one nor one per client', () => {
    expect(() =>
      pgbenchArgs('/q', {
        databaseUrl: url,
        statements: ['a', 'b'],
        clients: 3,
        transactionsPerClient: 1,
      }),
    ).toThrow(PgbenchScriptError);
  });

  it('runs as many transactions as the API phase at 1 client, one per client with more', () => {
    expect(pgbenchPlan(1, 3)).toEqual({ clients: 1, transactionsPerClient: 3 });
    expect(pgbenchPlan(8, 1)).toEqual({ clients: 8, transactionsPerClient: 1 });
  });
});
