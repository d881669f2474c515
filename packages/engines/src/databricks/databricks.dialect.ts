import { GenericDataType } from '@superset-ts/shared';
import { defineDialect } from '../spec/define-dialect.js';
import type { DialectDefinition } from '../spec/dialect.js';
import { SPARK_DIALECT_DEFINITION, SPARK_ERROR_PATTERNS } from '../spark/spark.dialect.js';

// Hive's 767-character label limit does not carry over: Superset sets none for Databricks.
const { maxColumnNameLength: _hiveLabelLimit, ...spark } = SPARK_DIALECT_DEFINITION;

/** Databricks SQL: Spark SQL's grains, literals and error classes, plus Unity Catalog denials. */
export const DATABRICKS_DIALECT_DEFINITION: DialectDefinition = {
  ...spark,
  typeMappings: [...(spark.typeMappings ?? []), [/^variant$/i, GenericDataType.STRING]],
  errorPatterns: [
    {
      pattern: /(?<detail>[^\n]*(?:\[INSUFFICIENT_PERMISSIONS\]|\bSQLSTATE:\s*42501\b)[^\n]*)/,
      code: 'CONNECTION_DATABASE_PERMISSIONS_ERROR',
      message: 'Databricks refused this for lack of privileges: {detail}',
    },
    ...SPARK_ERROR_PATTERNS,
  ],
};

export const DATABRICKS_DIALECT = defineDialect(DATABRICKS_DIALECT_DEFINITION);
