import { defineDialect } from '../spec/define-dialect.js';
import { isoDate, isoDateTime } from '../spec/dttm-format.js';
import { POSTGRES_DIALECT_DEFINITION } from '../postgres/postgres.dialect.js';

const DATE_TYPE = /^date$/i;
/** Types CockroachDB compares with a plain literal: timestamps and strings. */
const LITERAL_TYPES = /^(timestamp|datetime|string|text|varchar|char|character)/i;

/**
 * CockroachDB: PostgreSQL's SQL, except that moments are plain literals (`'2019-01-02'`,
 * `'2019-01-02 03:04:05'`), also against string columns.
 */
export const COCKROACHDB_DIALECT = defineDialect({
  ...POSTGRES_DIALECT_DEFINITION,
  convertDttm(targetType, dttm) {
    const type = targetType.trim();
    if (DATE_TYPE.test(type)) return `'${isoDate(dttm)}'`;
    if (LITERAL_TYPES.test(type)) return `'${isoDateTime(dttm, 'seconds')}'`;
    return null;
  },
});
