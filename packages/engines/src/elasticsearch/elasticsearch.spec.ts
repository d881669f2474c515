import { SQL_CAPABILITIES, type EngineSpec } from '../spec/engine-spec.js';
import { ELASTICSEARCH_DIALECT, elasticsearchDialectForVersion } from './elasticsearch.dialect.js';

/** Elasticsearch SQL (and OpenSearch through `odelasticsearch://`), golden-tested only. */
export const ELASTICSEARCH_SPEC: EngineSpec = {
  engine: 'elasticsearch',
  engineName: 'Elasticsearch',
  backends: ['elasticsearch', 'odelasticsearch'],
  drivers: ['http', 'https'],
  defaultDriver: 'http',
  sqlalchemyUriPlaceholder: 'elasticsearch+https://user:password@host:9200/',
  defaultPort: 9200,
  driverPackage: '@elastic/elasticsearch',
  tested: 'dialect',
  localFile: false,
  parametersSchema: null,
  queryOptions: {
    fetch_size: { type: 'integer', min: 1, max: 10000 },
    time_zone: { type: 'string', pattern: /^[\w/+:-]{1,64}$/ },
  },
  connectArgOptions: {},
  supportsTls: false,
  encryptedExtraSensitiveFields: [],
  capabilities: {
    ...SQL_CAPABILITIES,
    ctas: false,
    cvas: false,
    schemas: false,
    joins: false,
    subqueries: false,
  },
  dialect: ELASTICSEARCH_DIALECT,
  dialectForVersion: elasticsearchDialectForVersion,
  notes:
    'Dialect only: the SQL is golden-tested, but no Elasticsearch client is installed in this build, so connections cannot be made yet. Query an index or an index pattern by quoting it: SELECT * FROM "logs-*". Set extra.version to 7.8 or later to compare moments with DATETIME_PARSE.',
};
