import { describe, expect, it } from 'vitest';
import { ALL_ENGINE_SPECS, type Dialect } from '@superset-ts/engines';
import { planExecution, type PlanInput } from './execution-plan.js';
import { SQL_MODULE_TOOLS } from './sql-tools.adapter.js';

const postgres = ALL_ENGINE_SPECS.find((spec) => spec.engine === 'postgresql')?.dialect as Dialect;

const base: Omit<PlanInput, 'sql'> = {
  dialect: postgres,
  tools: SQL_MODULE_TOOLS,
  allowDml: false,
  hasReadOnlyTransactions: true,
  dropdownLimit: 100,
  ctas: null,
  isCtasUnlimited: false,
};

describe('planning a SQL Lab run', () => {
  it('fetches one row past the limit and runs every statement read-only without DML rights', () => {
    const plan = planExecution({ ...base, sql: 'select 1; select a from t' });
    expect(plan.statements).toEqual([
      { sql: 'select 1\nLIMIT 101', isSelect: true, readOnly: true, isBoundedBySql: true },
      { sql: 'select a from t\nLIMIT 101', isSelect: true, readOnly: true, isBoundedBySql: true },
    ]);
    expect(plan).toMatchObject({ limit: 100, limitingFactor: 'DROPDOWN', selectSql: null });
  });

  it('keeps a smaller LIMIT of the query and names it as the limiting factor', () => {
    const plan = planExecution({ ...base, sql: 'select a from t limit 5' });
    expect(plan.statements[0]).toMatchObject({
      sql: 'select a from t limit 5',
      isBoundedBySql: true,
    });
    expect(plan).toMatchObject({ limit: 5, limitingFactor: 'QUERY' });
  });

  it('refuses DML before anything runs, and runs it writable where DML is allowed', () => {
    expect(() => planExecution({ ...base, sql: 'delete from t' })).toThrow(/Only SELECT/);
    const plan = planExecution({ ...base, allowDml: true, sql: 'delete from t' });
    // Its rows (RETURNING) are not bounded by a LIMIT: the engine reads up to the limit only.
    expect(plan.statements).toEqual([
      { sql: 'delete from t', isSelect: false, readOnly: false, isBoundedBySql: false },
    ]);
  });

  it('rewrites CTAS into the target schema with the limit, the CREATE itself not read-only', () => {
    const plan = planExecution({
      ...base,
      sql: 'select a from t',
      ctas: { table: 'out', schema: 'scratch', method: 'TABLE' },
    });
    expect(plan.statements).toEqual([
      {
        sql: 'CREATE TABLE "scratch"."out" AS\nselect a from t\nLIMIT 100',
        isSelect: false,
        readOnly: false,
      },
    ]);
    expect(plan.selectSql).toMatch(/FROM "scratch"\."out"/);
    const unlimited = planExecution({
      ...base,
      sql: 'select a from t',
      isCtasUnlimited: true,
      ctas: { table: 'out', schema: null, method: 'VIEW' },
    });
    expect(unlimited.statements[0]?.sql).toBe('CREATE VIEW "out" AS\nselect a from t');
    expect(() =>
      planExecution({
        ...base,
        sql: 'select 1; select 2',
        ctas: { table: 'v', schema: null, method: 'VIEW' },
      }),
    ).toThrow(/exactly one SELECT/);
  });
});
