import { GenericDataType } from '@superset-ts/shared';
import { describe, expect, it } from 'vitest';
import { DATABRICKS_DIALECT as dialect } from './databricks.dialect.js';

const moment = new Date(Date.UTC(2019, 0, 2, 3, 4, 5, 678));

describe('Databricks dialect (golden SQL)', () => {
  it("uses Spark SQL's date_trunc grains and Hive's literals", () => {
    expect(dialect.timeGrains()).toEqual([
      'PT1S',
      'PT1M',
      'PT1H',
      'P1D',
      'P1W',
      'P1M',
      'P3M',
      'P1Y',
      '1969-12-28T00:00:00Z/P1W',
      'P1W/1970-01-03T00:00:00Z',
    ]);
    expect(dialect.timeGrainExpression('`ds`', 'P1D')).toBe("date_trunc('day', `ds`)");
    expect(dialect.timeGrainExpression('`ds`', 'P1Y')).toBe("date_trunc('year', `ds`)");
    expect(dialect.epochExpression('`ts`', 'epoch_ms')).toBe('from_unixtime((`ts`/1000))');
    expect(dialect.convertDttm('DATE', moment)).toBe("CAST('2019-01-02' AS DATE)");
    expect(dialect.convertDttm('TIMESTAMP', moment)).toBe(
      "CAST('2019-01-02 03:04:05.678000' AS TIMESTAMP)",
    );
  });

  it('quotes with backticks across catalog, schema and table, and limits by wrapping', () => {
    expect(dialect.quoteTable({ catalog: 'main', schema: 'sales', table: 'orders' })).toBe(
      '`main`.`sales`.`orders`',
    );
    expect(dialect.selectStar({ catalog: 'main', schema: 'sales', table: 'orders' }, 10)).toBe(
      'SELECT *\nFROM `main`.`sales`.`orders`\nLIMIT 10',
    );
    expect(dialect.maxColumnNameLength).toBeUndefined();
    expect(dialect.genericType('variant')).toBe(GenericDataType.STRING);
    expect(dialect.genericType('decimal(38,0)')).toBe(GenericDataType.NUMERIC);
  });

  it('reports Unity Catalog denials as a permissions error, then Spark classes', () => {
    const denied = dialect.classifyError(
      '[INSUFFICIENT_PERMISSIONS] Insufficient privileges: User does not have SELECT on Table main.sales.orders.',
    );
    expect(denied.code).toBe('CONNECTION_DATABASE_PERMISSIONS_ERROR');
    expect(denied.message).toContain('User does not have SELECT on Table main.sales.orders');
    expect(dialect.classifyError('PERMISSION_DENIED: not allowed. SQLSTATE: 42501').code).toBe(
      'CONNECTION_DATABASE_PERMISSIONS_ERROR',
    );
    expect(
      dialect.classifyError('[TABLE_OR_VIEW_NOT_FOUND] The table or view `x` cannot be found.')
        .code,
    ).toBe('TABLE_DOES_NOT_EXIST_ERROR');
  });
});
