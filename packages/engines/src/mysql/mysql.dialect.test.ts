import { describe, expect, it } from 'vitest';
import { MYSQL_DIALECT as dialect } from './mysql.dialect.js';

describe('MySQL dialect (golden SQL)', () => {
  it('truncates to every grain Superset offers for MySQL', () => {
    expect(dialect.timeGrains()).toEqual([
      'PT1S',
      'PT1M',
      'PT1H',
      'P1D',
      'P1W',
      'P1M',
      'P3M',
      'P1Y',
      '1969-12-29T00:00:00Z/P1W',
    ]);
    const col = '`ds`';
    expect(dialect.timeGrainExpression(col, 'PT1S')).toBe(
      'DATE_ADD(DATE(`ds`), INTERVAL (HOUR(`ds`)*60*60 + MINUTE(`ds`)*60 + SECOND(`ds`)) SECOND)',
    );
    expect(dialect.timeGrainExpression(col, 'PT1M')).toBe(
      'DATE_ADD(DATE(`ds`), INTERVAL (HOUR(`ds`)*60 + MINUTE(`ds`)) MINUTE)',
    );
    expect(dialect.timeGrainExpression(col, 'PT1H')).toBe(
      'DATE_ADD(DATE(`ds`), INTERVAL HOUR(`ds`) HOUR)',
    );
    expect(dialect.timeGrainExpression(col, 'P1D')).toBe('DATE(`ds`)');
    expect(dialect.timeGrainExpression(col, 'P1W')).toBe(
      'DATE(DATE_SUB(`ds`, INTERVAL DAYOFWEEK(`ds`) - 1 DAY))',
    );
    expect(dialect.timeGrainExpression(col, 'P1M')).toBe(
      'DATE(DATE_SUB(`ds`, INTERVAL DAYOFMONTH(`ds`) - 1 DAY))',
    );
    expect(dialect.timeGrainExpression(col, 'P3M')).toBe(
      'MAKEDATE(YEAR(`ds`), 1) + INTERVAL QUARTER(`ds`) QUARTER - INTERVAL 1 QUARTER',
    );
    expect(dialect.timeGrainExpression(col, 'P1Y')).toBe(
      'DATE(DATE_SUB(`ds`, INTERVAL DAYOFYEAR(`ds`) - 1 DAY))',
    );
    expect(dialect.timeGrainExpression(col, '1969-12-29T00:00:00Z/P1W')).toBe(
      'DATE(DATE_SUB(`ds`, INTERVAL DAYOFWEEK(DATE_SUB(`ds`, INTERVAL 1 DAY)) - 1 DAY))',
    );
    expect(() => dialect.timeGrainExpression(col, 'PT5M')).toThrow(/no time grain PT5M/);
  });

  it('converts epochs and moments to MySQL literals', () => {
    expect(dialect.epochExpression('`ts`', 'epoch_s')).toBe('from_unixtime(`ts`)');
    expect(dialect.epochExpression('`ts`', 'epoch_ms')).toBe('from_unixtime((`ts`/1000))');
    const moment = new Date(Date.UTC(2019, 0, 2, 3, 4, 5, 678));
    expect(dialect.convertDttm('DATE', moment)).toBe("STR_TO_DATE('2019-01-02', '%Y-%m-%d')");
    expect(dialect.convertDttm('DATETIME', moment)).toBe(
      "STR_TO_DATE('2019-01-02 03:04:05.678000', '%Y-%m-%d %H:%i:%s.%f')",
    );
    expect(dialect.convertDttm('timestamp(3)', moment)).toBe(
      "STR_TO_DATE('2019-01-02 03:04:05.678000', '%Y-%m-%d %H:%i:%s.%f')",
    );
    expect(dialect.convertDttm('VARCHAR(20)', moment)).toBeNull();
  });

  it('quotes identifiers with backticks and limits by wrapping', () => {
    expect(dialect.quoteTable({ table: 'birth`names', schema: 'examples' })).toBe(
      '`examples`.`birth``names`',
    );
    expect(dialect.selectStar({ table: 'birth_names', schema: 'examples' }, 5)).toBe(
      'SELECT *\nFROM `examples`.`birth_names`\nLIMIT 5',
    );
    expect(dialect.limitQuery('SELECT 1;', 10)).toBe(
      'SELECT *\nFROM (\nSELECT 1\n) AS inner_qry\nLIMIT 10',
    );
    expect(dialect.maxColumnNameLength).toBe(64);
  });

  it('maps column types and protocol type names to generic ones', () => {
    for (const numeric of [
      'int(11)',
      'bigint(20) unsigned',
      'tinyint(1)',
      'mediumint',
      'decimal(12,2)',
      'double',
      'float',
      'bit(1)',
      'LONGLONG',
      'LONG',
      'NEWDECIMAL',
      'TINY',
      'SHORT',
      'INT24',
      'YEAR',
    ]) {
      expect([numeric, dialect.genericType(numeric)]).toEqual([numeric, 0]);
    }
    for (const text of [
      'varchar(20)',
      'longtext',
      'mediumtext',
      'tinytext',
      'VAR_STRING',
      'BLOB',
      'JSON',
      "enum('a','b')",
      "set('a')",
    ]) {
      expect([text, dialect.genericType(text)]).toEqual([text, 1]);
    }
    for (const temporal of ['datetime', 'timestamp(6)', 'DATE', 'DATETIME', 'NEWDATE']) {
      expect([temporal, dialect.genericType(temporal)]).toEqual([temporal, 2]);
    }
    expect(dialect.genericType('GEOMETRY')).toBeNull();
  });

  it('classifies the messages MySQL, MariaDB and the network produce', () => {
    expect(
      dialect.classifyError("Access denied for user 'bob'@'10.0.0.1' (using password: YES)"),
    ).toMatchObject({
      code: 'CONNECTION_ACCESS_DENIED_ERROR',
      message: 'Either the username "bob" or the password is incorrect.',
    });
    expect(dialect.classifyError("Unknown MySQL server host 'db.example' (-2)")).toMatchObject({
      code: 'CONNECTION_INVALID_HOSTNAME_ERROR',
      message: 'Unknown MySQL server host "db.example".',
    });
    expect(
      dialect.classifyError("Can't connect to MySQL server on 'db.example' (111)"),
    ).toMatchObject({
      code: 'CONNECTION_HOST_DOWN_ERROR',
      message: 'The host "db.example" might be down and can\'t be reached.',
    });
    expect(dialect.classifyError("Unknown database 'nope'")).toMatchObject({
      code: 'CONNECTION_UNKNOWN_DATABASE_ERROR',
      message: 'Unable to connect to database "nope".',
    });
    expect(
      dialect.classifyError(
        "You have an error in your SQL syntax; check the manual that corresponds to your MariaDB server version for the right syntax to use near 'SELEC 1' at line 1",
      ),
    ).toMatchObject({
      code: 'SYNTAX_ERROR',
      message:
        'Please check your query for syntax errors near "SELEC 1". Then, try running your query again.',
    });
    expect(dialect.classifyError("Table 'shop.nope' doesn't exist").code).toBe(
      'TABLE_DOES_NOT_EXIST_ERROR',
    );
    expect(dialect.classifyError("Unknown column 'nope' in 'field list'").code).toBe(
      'COLUMN_DOES_NOT_EXIST_ERROR',
    );
    expect(dialect.classifyError('Query execution was interrupted').code).toBe(
      'QUERY_CANCELLED_ERROR',
    );
    expect(
      dialect.classifyError('Query execution was interrupted (max_statement_time exceeded)').code,
    ).toBe('QUERY_TIMEOUT_ERROR');
    expect(dialect.classifyError('connect ECONNREFUSED 127.0.0.1:1').code).toBe(
      'CONNECTION_PORT_CLOSED_ERROR',
    );
    expect(dialect.classifyError('getaddrinfo ENOTFOUND no-such-host.invalid').code).toBe(
      'CONNECTION_INVALID_HOSTNAME_ERROR',
    );
    const generic = dialect.classifyError('boom with s3cr3t-pass inside', ['s3cr3t-pass']);
    expect(generic.code).toBe('GENERIC_DB_ENGINE_ERROR');
    expect(generic.message).not.toContain('s3cr3t-pass');
  });
});
