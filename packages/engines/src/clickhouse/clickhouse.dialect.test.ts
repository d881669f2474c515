import { describe, expect, it } from 'vitest';
import { CLICKHOUSE_DIALECT as dialect } from './clickhouse.dialect.js';

describe('ClickHouse dialect (golden SQL)', () => {
  it('truncates with toStartOf* and epoch-second buckets', () => {
    expect(dialect.timeGrains()).toEqual([
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
    ]);
    expect(dialect.timeGrainExpression('`ts`', 'PT1M')).toBe('toStartOfMinute(toDateTime(`ts`))');
    expect(dialect.timeGrainExpression('`ts`', 'PT15M')).toBe(
      'toDateTime(intDiv(toUInt32(toDateTime(`ts`)), 900)*900)',
    );
    expect(dialect.timeGrainExpression('`ts`', 'P1W')).toBe('toMonday(toDateTime(`ts`))');
    expect(dialect.timeGrainExpression('`ts`', 'P3M')).toBe('toStartOfQuarter(toDateTime(`ts`))');
    expect(() => dialect.timeGrainExpression('`ts`', 'PT1S')).toThrow(/no time grain PT1S/);
  });

  it('keeps epochs as numbers and writes toDate/toDateTime literals', () => {
    expect(dialect.epochExpression('`ts`', 'epoch_s')).toBe('`ts`');
    expect(dialect.epochExpression('`ts`', 'epoch_ms')).toBe('(`ts`/1000)');
    const moment = new Date(Date.UTC(2019, 0, 2, 3, 4, 5, 678));
    expect(dialect.convertDttm('Date', moment)).toBe("toDate('2019-01-02')");
    expect(dialect.convertDttm('Nullable(Date32)', moment)).toBe("toDate('2019-01-02')");
    expect(dialect.convertDttm('DateTime', moment)).toBe("toDateTime('2019-01-02 03:04:05')");
    expect(dialect.convertDttm("DateTime64(3, 'UTC')", moment)).toBe(
      "toDateTime('2019-01-02 03:04:05')",
    );
    expect(dialect.convertDttm('TIMESTAMP', moment)).toBe("toDateTime('2019-01-02 03:04:05')");
    // Superset's first-match order: an array of dates is text, so it gets no literal.
    expect(dialect.convertDttm('Array(Date)', moment)).toBeNull();
    expect(dialect.convertDttm('String', moment)).toBeNull();
  });

  it('quotes with backquotes and limits by wrapping', () => {
    expect(dialect.quoteTable({ table: 'we`ird', schema: 'default' })).toBe('`default`.`we``ird`');
    expect(dialect.limitQuery('SELECT 1', 5)).toBe(
      'SELECT *\nFROM (\nSELECT 1\n) AS inner_qry\nLIMIT 5',
    );
  });

  it('maps types through Nullable and LowCardinality wrappers', () => {
    expect(dialect.genericType('Nullable(Float64)')).toBe(0);
    expect(dialect.genericType('LowCardinality(Nullable(String))')).toBe(1);
    expect(dialect.genericType('UInt64')).toBe(0);
    expect(dialect.genericType('Decimal(10, 2)')).toBe(0);
    expect(dialect.genericType("DateTime('Europe/Paris')")).toBe(2);
    expect(dialect.genericType('Date32')).toBe(2);
    expect(dialect.genericType('Array(DateTime)')).toBe(1);
    expect(dialect.genericType("Enum8('a' = 1)")).toBe(1);
    expect(dialect.genericType('Bool')).toBe(3);
    expect(dialect.genericType('IPv4')).toBe(1);
    expect(dialect.genericType('Nothing')).toBeNull();
  });

  it('classifies the messages ClickHouse produces, old and new wording', () => {
    const cases: Array<[string, string]> = [
      [
        'Code: 193, e.displayText() = DB::Exception: Wrong password for user default, e.what() = DB::Exception',
        'CONNECTION_INVALID_PASSWORD_ERROR',
      ],
      [
        'Code: 192, e.displayText() = DB::Exception: Unknown user nobody, e.what() = DB::Exception',
        'CONNECTION_INVALID_USERNAME_ERROR',
      ],
      [
        'default: Authentication failed: password is incorrect, or there is no user with such name.',
        'CONNECTION_ACCESS_DENIED_ERROR',
      ],
      [
        'Code: 81. DB::Exception: Database nodb does not exist. (UNKNOWN_DATABASE)',
        'CONNECTION_UNKNOWN_DATABASE_ERROR',
      ],
      [
        "Code: 60, e.displayText() = DB::Exception: Table default.nope doesn't exist., e.what() = DB::Exception",
        'TABLE_DOES_NOT_EXIST_ERROR',
      ],
      [
        "Code: 47. DB::Exception: Missing columns: 'nope' while processing query",
        'COLUMN_DOES_NOT_EXIST_ERROR',
      ],
      [
        'Code: 47. DB::Exception: Unknown expression identifier `nope` in scope SELECT nope',
        'COLUMN_DOES_NOT_EXIST_ERROR',
      ],
      ['Code: 62. DB::Exception: Syntax error: failed at position 1 (SELEC)', 'SYNTAX_ERROR'],
      [
        'Code: 164. DB::Exception: default: Cannot execute query in readonly mode. (READONLY)',
        'CONNECTION_DATABASE_PERMISSIONS_ERROR',
      ],
      [
        'Code: 164, e.displayText() = DB::Exception: Table functions are forbidden in readonly mode',
        'CONNECTION_DATABASE_PERMISSIONS_ERROR',
      ],
      [
        'Code: 159. DB::Exception: Timeout exceeded: elapsed 1.0 seconds, maximum: 1. (TIMEOUT_EXCEEDED)',
        'QUERY_TIMEOUT_ERROR',
      ],
      [
        'Code: 394. DB::Exception: Query was cancelled. (QUERY_WAS_CANCELLED)',
        'QUERY_CANCELLED_ERROR',
      ],
      ['connect ECONNREFUSED 127.0.0.1:1', 'CONNECTION_PORT_CLOSED_ERROR'],
    ];
    for (const [message, code] of cases) {
      expect([message, dialect.classifyError(message).code]).toEqual([message, code]);
    }
    expect(
      dialect.classifyError(
        'Code: 47, e.displayText() = DB::Exception: Unknown identifier: nope. Note that there is no tables',
      ).message,
    ).toBe('We can\'t seem to resolve the column "nope".');
    expect(
      dialect.classifyError('Code: 193 ... Wrong password for user alice, e.what()').message,
    ).toBe('The password provided for username "alice" is incorrect.');
  });
});
