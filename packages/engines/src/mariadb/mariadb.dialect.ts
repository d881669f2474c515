import { defineDialect } from '../spec/define-dialect.js';
import { MYSQL_DIALECT_DEFINITION } from '../mysql/mysql.dialect.js';

/** MariaDB writes MySQL's SQL and reports MySQL's messages. */
export const MARIADB_DIALECT = defineDialect({ ...MYSQL_DIALECT_DEFINITION });
