import { GenericDataType } from '@superset-ts/shared';
import { describe, expect, it } from 'vitest';
import { MSSQL_DIALECT as dialect } from './mssql.dialect.js';

const moment = new Date(Date.UTC(2019, 0, 2, 3, 4, 5, 678));

describe('SQL Server dialect (golden SQL)', () => {
  it('offers every grain Superset has for SQL Server', () => {
    expect(dialect.timeGrains()).toEqual([
      'PT1S',
      'PT1M',
      'PT5M',
      'PT10M',
      'PT15M',
      'PT30M',
      'PT1H',
      'P1D',
      'P1W',
      'P1M',
      'P3M',
      'P1Y',
      '1969-12-28T00:00:00Z/P1W',
      '1969-12-29T00:00:00Z/P1W',
    ]);
    expect(dialect.timeGrainExpression('[ts]', 'PT1S')).toBe(
      "DATEADD(SECOND, DATEDIFF(SECOND, '2000-01-01', [ts]), '2000-01-01')",
    );
    expect(dialect.timeGrainExpression('[ts]', 'PT15M')).toBe(
      'DATEADD(MINUTE, DATEDIFF(MINUTE, 0, [ts]) / 15 * 15, 0)',
    );
    expect(dialect.timeGrainExpression('[ts]', 'P1W')).toBe(
      'DATEADD(DAY, 1 - DATEPART(WEEKDAY, [ts]), DATEADD(DAY, DATEDIFF(DAY, 0, [ts]), 0))',
    );
    expect(dialect.timeGrainExpression('[ts]', 'P3M')).toBe(
      'DATEADD(QUARTER, DATEDIFF(QUARTER, 0, [ts]), 0)',
    );
    expect(dialect.timeGrainExpression('[ts]', '1969-12-29T00:00:00Z/P1W')).toBe(
      'DATEADD(WEEK, DATEDIFF(WEEK, 0, DATEADD(DAY, -1, [ts])), 0)',
    );
  });

  it('converts moments with CONVERT styles and epochs with dateadd', () => {
    expect(dialect.convertDttm('DATE', moment)).toBe("CONVERT(DATE, '2019-01-02', 23)");
    expect(dialect.convertDttm('DATETIME', moment)).toBe(
      "CONVERT(DATETIME, '2019-01-02T03:04:05.678', 126)",
    );
    expect(dialect.convertDttm('datetime2(7)', moment)).toBe(
      "CONVERT(DATETIME, '2019-01-02T03:04:05.678', 126)",
    );
    expect(dialect.convertDttm('SMALLDATETIME', moment)).toBe(
      "CONVERT(SMALLDATETIME, '2019-01-02 03:04:05', 20)",
    );
    expect(dialect.convertDttm('TIMESTAMP', moment)).toBeNull();
    expect(dialect.convertDttm('NVARCHAR(20)', moment)).toBeNull();
    expect(dialect.epochExpression('[ts]', 'epoch_s')).toBe("dateadd(S, [ts], '1970-01-01')");
    expect(dialect.epochExpression('[ts]', 'epoch_ms')).toBe(
      "dateadd(S, ([ts]/1000), '1970-01-01')",
    );
  });

  it('quotes with brackets, doubling a closing bracket', () => {
    expect(dialect.quoteTable({ schema: 'dbo', table: 'we]ird' })).toBe('[dbo].[we]]ird]');
    expect(dialect.selectStar({ schema: 'dbo', table: 'orders' }, 50)).toBe(
      'SELECT TOP 50 *\nFROM [dbo].[orders]',
    );
  });

  it('limits with TOP in the outer SELECT, so ORDER BY and CTEs stay valid', () => {
    expect(dialect.limitQuery('SELECT a, b FROM t ORDER BY a;', 10)).toBe(
      'SELECT TOP 10 a, b FROM t ORDER BY a',
    );
    expect(dialect.limitQuery('select distinct a from t', 10)).toBe(
      'select distinct TOP 10 a from t',
    );
    expect(dialect.limitQuery('WITH c AS (SELECT a FROM t) SELECT a FROM c ORDER BY a', 10)).toBe(
      'WITH c AS (SELECT a FROM t) SELECT TOP 10 a FROM c ORDER BY a',
    );
    expect(dialect.limitQuery("SELECT 'SELECT TOP 1' AS [select] FROM t -- SELECT", 7)).toBe(
      "SELECT TOP 7 'SELECT TOP 1' AS [select] FROM t -- SELECT",
    );
  });

  it('keeps a smaller TOP and lowers a larger one', () => {
    expect(dialect.limitQuery('SELECT TOP 5 a FROM t', 10)).toBe('SELECT TOP 5 a FROM t');
    expect(dialect.limitQuery('SELECT TOP (500) a FROM t', 10)).toBe('SELECT TOP (10) a FROM t');
  });

  it('wraps what TOP cannot limit, keeping a CTE in front of the wrapper', () => {
    expect(dialect.limitQuery('SELECT a FROM t UNION SELECT b FROM u', 10)).toBe(
      'SELECT TOP 10 *\nFROM (\nSELECT a FROM t UNION SELECT b FROM u\n) AS inner_qry',
    );
    expect(dialect.limitQuery('SELECT TOP 50 PERCENT a FROM t', 10)).toBe(
      'SELECT TOP 10 *\nFROM (\nSELECT TOP 50 PERCENT a FROM t\n) AS inner_qry',
    );
    expect(
      dialect.limitQuery('WITH c AS (SELECT 1 AS a) SELECT a FROM c UNION ALL SELECT 2', 10),
    ).toBe(
      'WITH c AS (SELECT 1 AS a) SELECT TOP 10 *\nFROM (\nSELECT a FROM c UNION ALL SELECT 2\n) AS inner_qry',
    );
  });

  it('maps SQL Server types', () => {
    expect(dialect.genericType('smalldatetime')).toBe(GenericDataType.TEMPORAL);
    expect(dialect.genericType('datetimeoffset(7)')).toBe(GenericDataType.TEMPORAL);
    expect(dialect.genericType('uniqueidentifier')).toBe(GenericDataType.STRING);
    expect(dialect.genericType('nvarchar(max)')).toBe(GenericDataType.STRING);
    expect(dialect.genericType('timestamp')).toBe(GenericDataType.STRING);
    expect(dialect.genericType('money')).toBe(GenericDataType.NUMERIC);
    expect(dialect.genericType('bit')).toBe(GenericDataType.BOOLEAN);
  });

  it('classifies the messages SQL Server returns', () => {
    expect(dialect.classifyError("Login failed for user 'sa'.")).toMatchObject({
      code: 'CONNECTION_ACCESS_DENIED_ERROR',
      message: 'Either the username "sa", the password, or the database name is incorrect.',
    });
    expect(
      dialect.classifyError(
        'Cannot open database "sales" requested by the login. The login failed.',
      ).code,
    ).toBe('CONNECTION_UNKNOWN_DATABASE_ERROR');
    expect(dialect.classifyError("Invalid object name 'dbo.nope'.")).toMatchObject({
      code: 'TABLE_DOES_NOT_EXIST_ERROR',
      message: expect.stringContaining('"dbo.nope"') as string,
    });
    expect(dialect.classifyError("Invalid column name 'x'.").code).toBe(
      'COLUMN_DOES_NOT_EXIST_ERROR',
    );
    expect(dialect.classifyError("Incorrect syntax near the keyword 'FROM'.")).toMatchObject({
      code: 'SYNTAX_ERROR',
      message: expect.stringContaining('"FROM"') as string,
    });
    expect(
      dialect.classifyError(
        "The SELECT permission was denied on the object 'orders', database 'sales', schema 'dbo'.",
      ),
    ).toMatchObject({
      code: 'CONNECTION_DATABASE_PERMISSIONS_ERROR',
      message: 'The database user lacks the SELECT permission on "orders".',
    });
    expect(
      dialect.classifyError("No column name was specified for column 1 of 'inner_qry'.").message,
    ).toMatch(/needs an alias for every computed column/);
    expect(dialect.classifyError('Failed to connect to db.local:1433 in 15000ms')).toMatchObject({
      code: 'CONNECTION_HOST_DOWN_ERROR',
      message: 'The host "db.local" might be down, and can\'t be reached on port 1433.',
    });
  });
});
