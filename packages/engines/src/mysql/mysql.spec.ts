import { SQL_CAPABILITIES, basicParametersSchema, type EngineSpec } from '../spec/engine-spec.js';
import { MYSQL_DIALECT } from './mysql.dialect.js';
import { createMysqlClient } from './mysql.client.js';
import { loadMysqlDriver } from './mysql-driver.js';
import { MYSQL_CHARSETS } from './mysql-pool-config.js';

/** The only option a MySQL-family URI or connect_args may carry besides TLS. */
export const MYSQL_OPTION_RULES = {
  charset: { type: 'enum', values: MYSQL_CHARSETS },
} as const;

/** MySQL through mysql2, with LOCAL INFILE and multiple statements off. */
export const MYSQL_SPEC: EngineSpec = {
  engine: 'mysql',
  engineName: 'MySQL',
  backends: ['mysql'],
  drivers: ['mysqldb', 'mysqlconnector', 'pymysql'],
  defaultDriver: 'mysqldb',
  sqlalchemyUriPlaceholder: 'mysql://user:password@host:port/dbname[?key=value&key=value...]',
  defaultPort: 3306,
  driverPackage: 'mysql2',
  tested: 'live',
  localFile: false,
  parametersSchema: basicParametersSchema(3306),
  queryOptions: MYSQL_OPTION_RULES,
  connectArgOptions: MYSQL_OPTION_RULES,
  supportsTls: true,
  encryptedExtraSensitiveFields: ['aws_iam'],
  capabilities: {
    ...SQL_CAPABILITIES,
    cancel: true,
    catalogs: false,
    readOnlyTransactions: true,
    fileUpload: true,
  },
  dialect: MYSQL_DIALECT,
  notes:
    'LOAD DATA LOCAL INFILE and several statements in one query are refused; besides TLS, the only connection option is charset.',
  async loadClient() {
    const driver = await loadMysqlDriver();
    return (settings) => createMysqlClient(driver, settings, MYSQL_DIALECT);
  },
};
