import { TIME_GRAINS } from '@superset-ts/shared';
import { describe, expect, it } from 'vitest';
import { GSHEETS_DIALECT as dialect } from './gsheets.dialect.js';

const moment = new Date(Date.UTC(2019, 0, 2, 3, 4, 5, 678));

describe('Google Sheets dialect (golden SQL)', () => {
  it("offers every built-in grain with SQLite's date functions, as shillelagh runs SQLite", () => {
    expect(dialect.timeGrains()).toEqual(TIME_GRAINS.map((grain) => grain.duration));
    expect(dialect.timeGrainExpression('"ds"', 'PT1M')).toBe(
      `DATETIME(STRFTIME('%Y-%m-%dT%H:%M:00', "ds"))`,
    );
    expect(dialect.timeGrainExpression('"ds"', 'PT5S')).toBe(
      `DATETIME("ds", printf('-%d seconds', CAST(strftime('%S', "ds") AS INT) % 5))`,
    );
    expect(dialect.timeGrainExpression('"ds"', 'PT15M')).toBe(
      `DATETIME(STRFTIME('%Y-%m-%dT%H:%M:00', "ds"), printf('-%d minutes', CAST(strftime('%M', "ds") AS INT) % 15))`,
    );
    expect(dialect.timeGrainExpression('"ds"', 'PT0.5H')).toBe(
      dialect.timeGrainExpression('"ds"', 'PT30M'),
    );
    expect(dialect.timeGrainExpression('"ds"', 'PT6H')).toBe(
      `DATETIME(STRFTIME('%Y-%m-%dT%H:00:00', "ds"), printf('-%d hours', CAST(strftime('%H', "ds") AS INT) % 6))`,
    );
    expect(dialect.timeGrainExpression('"ds"', 'P1W')).toBe(
      `DATETIME("ds", 'start of day', -strftime('%w', "ds") || ' days')`,
    );
    expect(dialect.timeGrainExpression('"ds"', 'P3M')).toBe(
      `DATETIME("ds", 'start of month', printf('-%d month', (strftime('%m', "ds") - 1) % 3))`,
    );
    expect(dialect.timeGrainExpression('"ds"', 'P0.25Y')).toBe(
      dialect.timeGrainExpression('"ds"', 'P3M'),
    );
    expect(dialect.timeGrainExpression('"ds"', '1969-12-29T00:00:00Z/P1W')).toBe(
      `DATETIME("ds", 'start of day', 'weekday 1', '-7 days')`,
    );
    expect(dialect.timeGrainExpression('"ds"', 'P1W/1970-01-04T00:00:00Z')).toBe(
      `DATETIME("ds", 'start of day', 'weekday 0')`,
    );
  });

  it('converts epochs and moments to SQLite text literals', () => {
    expect(dialect.epochExpression('"ts"', 'epoch_s')).toBe(`datetime("ts", 'unixepoch')`);
    expect(dialect.epochExpression('"ts"', 'epoch_ms')).toBe(`datetime(("ts"/1000), 'unixepoch')`);
    expect(dialect.convertDttm('TIMESTAMP', moment)).toBe("'2019-01-02 03:04:05'");
    expect(dialect.convertDttm('TEXT', moment)).toBe("'2019-01-02 03:04:05'");
    expect(dialect.convertDttm('DATE', moment)).toBeNull();
    expect(dialect.convertDttm('REAL', moment)).toBeNull();
  });

  it('quotes sheet names with double quotes and limits by wrapping', () => {
    expect(
      dialect.quoteTable({ table: 'https://docs.google.com/spreadsheets/d/1/edit#gid=0' }),
    ).toBe('"https://docs.google.com/spreadsheets/d/1/edit#gid=0"');
    expect(dialect.limitQuery('SELECT * FROM "sales"', 100)).toBe(
      'SELECT *\nFROM (\nSELECT * FROM "sales"\n) AS inner_qry\nLIMIT 100',
    );
  });

  it("classifies the syntax errors Superset knows from shillelagh's SQLite", () => {
    expect(dialect.classifyError('SQLError: near "FORM": syntax error')).toMatchObject({
      code: 'SYNTAX_ERROR',
      message:
        'Please check your query for syntax errors near "FORM". Then, try running your query again.',
    });
  });
});
