import { createPgClient } from '../postgres/postgres.client.js';
import { loadPgDriver } from '../postgres/pg-driver.js';
import type { PgFlavour } from '../postgres/pg-flavour.js';
import { requirePgUsername } from '../postgres/pg-pool-config.js';
import { POSTGRES_DIALECT } from '../postgres/postgres.dialect.js';
import { POSTGRES_SPEC } from '../postgres/postgres.spec.js';
import type { EngineSpec } from '../spec/engine-spec.js';

const TIMESCALEDB_FLAVOUR: PgFlavour = {
  dialect: POSTGRES_DIALECT,
  cancelSql: 'SELECT pg_cancel_backend($1::int) AS cancelled',
};

/** TimescaleDB: a PostgreSQL extension, so PostgreSQL's dialect and client. */
export const TIMESCALEDB_SPEC: EngineSpec = {
  ...POSTGRES_SPEC,
  engine: 'timescaledb',
  engineName: 'TimescaleDB',
  backends: ['timescaledb'],
  drivers: ['psycopg2'],
  defaultDriver: 'psycopg2',
  sqlalchemyUriPlaceholder: 'timescaledb://user:password@host:port/dbname[?key=value&key=value...]',
  tested: 'dialect',
  capabilities: { ...POSTGRES_SPEC.capabilities, costEstimate: false },
  validateSettings: requirePgUsername,
  async loadClient() {
    const driver = await loadPgDriver();
    return (settings) => createPgClient(driver, settings, TIMESCALEDB_FLAVOUR);
  },
  notes:
    'A TimescaleDB server also works as PostgreSQL (postgresql:// URI), which adds cost estimates.',
};
