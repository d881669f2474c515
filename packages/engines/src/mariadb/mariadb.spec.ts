import { MYSQL_SPEC } from '../mysql/mysql.spec.js';
import { createMysqlClient } from '../mysql/mysql.client.js';
import { loadMysqlDriver } from '../mysql/mysql-driver.js';
import type { EngineSpec } from '../spec/engine-spec.js';
import { MARIADB_DIALECT } from './mariadb.dialect.js';

/** MariaDB: MySQL's spec and client under its own backend. */
export const MARIADB_SPEC: EngineSpec = {
  ...MYSQL_SPEC,
  engine: 'mariadb',
  engineName: 'MariaDB',
  backends: ['mariadb'],
  drivers: ['mysqldb', 'mariadbconnector', 'pymysql'],
  sqlalchemyUriPlaceholder: 'mariadb://user:password@host:port/dbname[?key=value&key=value...]',
  dialect: MARIADB_DIALECT,
  async loadClient() {
    const driver = await loadMysqlDriver();
    return (settings) => createMysqlClient(driver, settings, MARIADB_DIALECT);
  },
};
