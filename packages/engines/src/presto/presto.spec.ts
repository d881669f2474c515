import { SQL_CAPABILITIES, type EngineSpec } from '../spec/engine-spec.js';
import { PRESTO_DIALECT, prestoDialectForVersion } from './presto.dialect.js';
import type { PrestoFamilyDialect } from './presto-family.dialect.js';

/** A Presto-family spec: its dialect also builds partition and cost-estimate SQL. */
export interface PrestoFamilySpec extends EngineSpec {
  dialect: PrestoFamilyDialect;
}

/** Presto's spec, whose SQL depends on the configured server version. */
export interface PrestoSpec extends PrestoFamilySpec {
  dialectForVersion(version: string | undefined): PrestoFamilyDialect;
}

const SOURCE = { type: 'string', pattern: /^[\w .:-]{1,64}$/ } as const;

/** Presto (PrestoDB), described and golden-tested; no Node client ships in this build. */
export const PRESTO_SPEC: PrestoSpec = {
  engine: 'presto',
  engineName: 'Presto',
  backends: ['presto'],
  drivers: ['rest'],
  defaultDriver: 'rest',
  sqlalchemyUriPlaceholder: 'presto://user:password@host:port/catalog[/schema]',
  defaultPort: 8080,
  driverPackage: 'presto-client',
  tested: 'dialect',
  localFile: false,
  parametersSchema: null,
  queryOptions: {
    protocol: { type: 'enum', values: ['http', 'https'] },
    source: SOURCE,
  },
  connectArgOptions: {
    protocol: { type: 'enum', values: ['http', 'https'] },
    source: SOURCE,
  },
  supportsTls: true,
  encryptedExtraSensitiveFields: [],
  capabilities: { ...SQL_CAPABILITIES, cancel: true, costEstimate: true, catalogs: true },
  dialect: PRESTO_DIALECT,
  dialectForVersion: prestoDialectForVersion,
  notes:
    'Dialect only: the SQL is golden-tested, but no Presto client is installed in this build, so connections cannot be made yet. Set extra.version to the server version: before 0.199 partitions are listed with SHOW PARTITIONS, and cost estimates need 0.319 or later.',
};
