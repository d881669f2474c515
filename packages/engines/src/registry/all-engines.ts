import type { EngineSpec } from '../spec/engine-spec.js';
import { POSTGRES_SPEC } from '../postgres/postgres.spec.js';
// engines:live (PostgreSQL family, MySQL family, SQLite, DuckDB, ClickHouse)
// engines:warehouses (Trino, Presto, SQL Server, Oracle, Snowflake, BigQuery, Athena, Elasticsearch, Druid, Pinot)
// engines:more (Databricks, Spark SQL, Hive, Impala, Vertica, SAP HANA, Db2, Teradata, Exasol, Dremio, Kylin, Google Sheets)

/** Every engine this build knows, in no particular order (the registry sorts by name). */
export const ALL_ENGINE_SPECS: readonly EngineSpec[] = [
  POSTGRES_SPEC,
  // specs:live
  // specs:warehouses
  // specs:more
];
