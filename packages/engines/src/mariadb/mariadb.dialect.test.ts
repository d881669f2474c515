import { describe, expect, it } from 'vitest';
import { MARIADB_DIALECT as dialect } from './mariadb.dialect.js';
import { MARIADB_SPEC } from './mariadb.spec.js';
import { MYSQL_SPEC } from '../mysql/mysql.spec.js';

describe('MariaDB dialect (golden SQL)', () => {
  it('writes the same SQL as MySQL', () => {
    expect(dialect.timeGrainExpression('`ds`', 'P1W')).toBe(
      'DATE(DATE_SUB(`ds`, INTERVAL DAYOFWEEK(`ds`) - 1 DAY))',
    );
    expect(dialect.timeGrainExpression('`ds`', 'P3M')).toBe(
      'MAKEDATE(YEAR(`ds`), 1) + INTERVAL QUARTER(`ds`) QUARTER - INTERVAL 1 QUARTER',
    );
    expect(dialect.epochExpression('`ts`', 'epoch_s')).toBe('from_unixtime(`ts`)');
    expect(dialect.convertDttm('DATETIME', new Date(Date.UTC(2020, 5, 7)))).toBe(
      "STR_TO_DATE('2020-06-07 00:00:00.000000', '%Y-%m-%d %H:%i:%s.%f')",
    );
    expect(dialect.quoteIdentifier('a`b')).toBe('`a``b`');
  });

  it("is its own engine on the mariadb:// backend, with MySQL's options", () => {
    expect(MARIADB_SPEC).toMatchObject({
      engine: 'mariadb',
      backends: ['mariadb'],
      defaultPort: 3306,
    });
    expect(MYSQL_SPEC.backends).not.toContain('mariadb');
    expect(MARIADB_SPEC.queryOptions).toEqual(MYSQL_SPEC.queryOptions);
  });
});
