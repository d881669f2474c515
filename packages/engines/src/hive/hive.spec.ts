import type { OptionRules } from '../connection/option-rules.js';
import { SQL_CAPABILITIES, type EngineSpec } from '../spec/engine-spec.js';
import { HIVE_DIALECT } from './hive.dialect.js';

/** HiveServer2 client options a Hive (or Spark Thrift Server) URI may carry. */
export const HIVESERVER2_OPTIONS: OptionRules = {
  auth: { type: 'enum', values: ['NONE', 'NOSASL', 'LDAP', 'KERBEROS', 'CUSTOM'] },
  kerberos_service_name: { type: 'string', pattern: /^[\w.-]{1,64}$/ },
};

/** Apache Hive through HiveServer2; described and golden-SQL tested, with no client here. */
export const HIVE_SPEC: EngineSpec = {
  engine: 'hive',
  engineName: 'Apache Hive',
  backends: ['hive'],
  drivers: ['pyhive', 'http', 'https'],
  defaultDriver: 'pyhive',
  sqlalchemyUriPlaceholder: 'hive://user@host:10000/database',
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
  dialect: HIVE_DIALECT,
  notes:
    'Dialect-tested only: this build has no Hive client, so a Hive database can be described but not queried. hive-driver (community-maintained, HiveServer2 over Thrift) is the Node client a future one would use.',
};
