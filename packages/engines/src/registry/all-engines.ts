import type { EngineSpec } from '../spec/engine-spec.js';
import { POSTGRES_SPEC } from '../postgres/postgres.spec.js';
// engines:live (PostgreSQL family, MySQL family, SQLite, DuckDB, ClickHouse)
import { COCKROACHDB_SPEC } from '../cockroachdb/cockroachdb.spec.js';
import { MARIADB_SPEC } from '../mariadb/mariadb.spec.js';
import { MYSQL_SPEC } from '../mysql/mysql.spec.js';
import { REDSHIFT_SPEC } from '../redshift/redshift.spec.js';
import { TIMESCALEDB_SPEC } from '../timescaledb/timescaledb.spec.js';
import { SQLITE_SPEC } from '../sqlite/sqlite.spec.js';
import { DUCKDB_SPEC } from '../duckdb/duckdb.spec.js';
import { CLICKHOUSE_SPEC } from '../clickhouse/clickhouse.spec.js';
// engines:warehouses (Trino, Presto, SQL Server, Oracle, Snowflake, BigQuery, Athena, Elasticsearch, Druid, Pinot)
import { ATHENA_SPEC } from '../athena/athena.spec.js';
import { BIGQUERY_SPEC } from '../bigquery/bigquery.spec.js';
import { DRUID_SPEC } from '../druid/druid.spec.js';
import { ELASTICSEARCH_SPEC } from '../elasticsearch/elasticsearch.spec.js';
import { MSSQL_SPEC } from '../mssql/mssql.spec.js';
import { ORACLE_SPEC } from '../oracle/oracle.spec.js';
import { PINOT_SPEC } from '../pinot/pinot.spec.js';
import { PRESTO_SPEC } from '../presto/presto.spec.js';
import { SNOWFLAKE_SPEC } from '../snowflake/snowflake.spec.js';
import { TRINO_SPEC } from '../trino/trino.spec.js';
// engines:more (Databricks, Spark SQL, Hive, Impala, Vertica, SAP HANA, Db2, Teradata, Exasol, Dremio, Kylin, Google Sheets)
import { DATABRICKS_SPEC } from '../databricks/databricks.spec.js';
import { DB2_SPEC } from '../db2/db2.spec.js';
import { DREMIO_SPEC } from '../dremio/dremio.spec.js';
import { EXASOL_SPEC } from '../exasol/exasol.spec.js';
import { GSHEETS_SPEC } from '../gsheets/gsheets.spec.js';
import { HANA_SPEC } from '../hana/hana.spec.js';
import { HIVE_SPEC } from '../hive/hive.spec.js';
import { IMPALA_SPEC } from '../impala/impala.spec.js';
import { KYLIN_SPEC } from '../kylin/kylin.spec.js';
import { SPARK_SPEC } from '../spark/spark.spec.js';
import { TERADATA_SPEC } from '../teradata/teradata.spec.js';
import { VERTICA_SPEC } from '../vertica/vertica.spec.js';

/** Every engine this build knows, in no particular order (the registry sorts by name). */
export const ALL_ENGINE_SPECS: readonly EngineSpec[] = [
  POSTGRES_SPEC,
  // specs:live
  REDSHIFT_SPEC,
  COCKROACHDB_SPEC,
  TIMESCALEDB_SPEC,
  MYSQL_SPEC,
  MARIADB_SPEC,
  SQLITE_SPEC,
  DUCKDB_SPEC,
  CLICKHOUSE_SPEC,
  // specs:warehouses
  TRINO_SPEC,
  PRESTO_SPEC,
  MSSQL_SPEC,
  ORACLE_SPEC,
  SNOWFLAKE_SPEC,
  BIGQUERY_SPEC,
  ATHENA_SPEC,
  ELASTICSEARCH_SPEC,
  DRUID_SPEC,
  PINOT_SPEC,
  // specs:more
  DATABRICKS_SPEC,
  SPARK_SPEC,
  HIVE_SPEC,
  IMPALA_SPEC,
  VERTICA_SPEC,
  HANA_SPEC,
  DB2_SPEC,
  TERADATA_SPEC,
  EXASOL_SPEC,
  DREMIO_SPEC,
  KYLIN_SPEC,
  GSHEETS_SPEC,
];
