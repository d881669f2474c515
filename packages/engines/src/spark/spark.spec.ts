import { SQL_CAPABILITIES, type EngineSpec } from '../spec/engine-spec.js';
import { HIVESERVER2_OPTIONS } from '../hive/hive.spec.js';
import { SPARK_DIALECT } from './spark.dialect.js';

/**
 * Apache Spark SQL through the Spark Thrift Server. Superset reaches it with `hive://`
 * URIs; here `hive://` selects Apache Hive, so Spark SQL takes the `sparksql://` backend
 * to get its own time grains.
 */
export const SPARK_SPEC: EngineSpec = {
  engine: 'sparksql',
  engineName: 'Apache Spark SQL',
  backends: ['sparksql'],
  drivers: ['pyhive'],
  defaultDriver: 'pyhive',
  sqlalchemyUriPlaceholder: 'sparksql://user@host:10000/database',
  defaultPort: 10000,
  driverPackage: 'hive-driver',
  tested: 'dialect',
  localFile: false,
  parametersSchema: null,
  queryOptions: HIVESERVER2_OPTIONS,
  connectArgOptions: HIVESERVER2_OPTIONS,
  supportsTls: false,
  encryptedExtraSensitiveFields: [],
  capabilities: { ...SQL_CAPABILITIES },
  dialect: SPARK_DIALECT,
  notes:
    'Dialect-tested only: this build has no Spark SQL client, so it can be described but not queried. Superset connects to the Spark Thrift Server with hive:// URIs; here hive:// means Apache Hive, so write sparksql://host:10000/database to get the Spark SQL time grains (date_trunc). hive-driver (community-maintained) speaks the same HiveServer2 protocol.',
};
