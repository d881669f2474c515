import { EngineError } from '../spec/engine-error.js';
import { SQL_CAPABILITIES, basicParametersSchema, type EngineSpec } from '../spec/engine-spec.js';
import type { ClickHouseApi } from './clickhouse.client.js';
import { CLICKHOUSE_DIALECT } from './clickhouse.dialect.js';

/** ClickHouse over its HTTP interface through @clickhouse/client. */
export const CLICKHOUSE_SPEC: EngineSpec = {
  engine: 'clickhousedb',
  engineName: 'ClickHouse',
  backends: ['clickhousedb', 'clickhouse'],
  drivers: ['connect', 'http', 'native'],
  defaultDriver: 'connect',
  sqlalchemyUriPlaceholder:
    'clickhousedb://user:password@host[:port][/dbname][?secure=value&=value...]',
  defaultPort: 8123,
  driverPackage: '@clickhouse/client',
  tested: 'live',
  localFile: false,
  parametersSchema: basicParametersSchema(8123),
  queryOptions: { secure: { type: 'boolean' } },
  connectArgOptions: { secure: { type: 'boolean' } },
  supportsTls: true,
  encryptedExtraSensitiveFields: [],
  capabilities: {
    ...SQL_CAPABILITIES,
    cancel: true,
    // CREATE TABLE ... AS SELECT needs an ENGINE clause Superset's CTAS does not write.
    ctas: false,
    readOnlyTransactions: true,
  },
  dialect: CLICKHOUSE_DIALECT,
  validateSettings(settings) {
    if (!settings.host) {
      throw new EngineError('CONNECTION_MISSING_PARAMETERS_ERROR', 'ClickHouse needs a host.', {
        missing: ['host'],
      });
    }
  },
  async loadClient() {
    let api: ClickHouseApi;
    try {
      api = await import('@clickhouse/client');
    } catch {
      throw new EngineError(
        'DRIVER_NOT_INSTALLED_ERROR',
        'ClickHouse needs the @clickhouse/client package, which is not installed on this server.',
      );
    }
    const { clickHouseClientFactory } = await import('./clickhouse.client.js');
    return clickHouseClientFactory(api);
  },
  notes:
    'Connects to the HTTP interface (port 8123, or 8443 with ?secure=true or an sslmode); ' +
    'clickhouse+native URIs are accepted but must name the HTTP port. Read-only statements ' +
    'run with readonly=1, which also forbids table functions such as url() and file(). ' +
    'DateTime values are returned as the wall-clock time ClickHouse prints, marked UTC.',
};
