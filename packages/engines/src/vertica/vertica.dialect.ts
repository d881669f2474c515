import { GenericDataType } from '@superset-ts/shared';
import { POSTGRES_DIALECT_DEFINITION } from '../postgres/postgres.dialect.js';
import { defineDialect } from '../spec/define-dialect.js';
import type { DialectDefinition } from '../spec/dialect.js';

/**
 * Vertica speaks PostgreSQL's SQL for everything Superset generates (grains, epoch,
 * literals), as Superset's Vertica spec inherits its PostgreSQL base. Its messages start
 * with a capital and name objects its own way, so the patterns are its own.
 */
export const VERTICA_DIALECT_DEFINITION: DialectDefinition = {
  ...POSTGRES_DIALECT_DEFINITION,
  maxColumnNameLength: 128,
  typeMappings: [
    ...(POSTGRES_DIALECT_DEFINITION.typeMappings ?? []),
    [/^long\s+(varchar|varbinary)(\s*\(.*\))?$/i, GenericDataType.STRING],
    [/^(uuid|geometry|geography)(\s*\(.*\))?$/i, GenericDataType.STRING],
  ],
  errorPatterns: [
    {
      pattern: /Invalid username or password/i,
      code: 'CONNECTION_ACCESS_DENIED_ERROR',
      message: 'Vertica refused these credentials. Check the username and password.',
    },
    {
      pattern: /Database "(?<database>[^"]+)" does not exist/i,
      code: 'CONNECTION_UNKNOWN_DATABASE_ERROR',
      message: 'Unable to connect to database "{database}": it does not exist.',
    },
    {
      pattern: /Relation "(?<table_name>[^"]+)" does not exist/i,
      code: 'TABLE_DOES_NOT_EXIST_ERROR',
      message:
        'The table "{table_name}" does not exist. A valid table must be used to run this query.',
    },
    {
      pattern: /Column "(?<column_name>[^"]+)" does not exist/i,
      code: 'COLUMN_DOES_NOT_EXIST_ERROR',
      message: 'We can\'t seem to resolve the column "{column_name}".',
    },
    {
      pattern: /Schema "(?<schema_name>[^"]+)" does not exist/i,
      code: 'SCHEMA_DOES_NOT_EXIST_ERROR',
      message:
        'The schema "{schema_name}" does not exist. A valid schema must be used to run this query.',
    },
    {
      pattern: /Syntax error at or near "(?<syntax_error>[^"]*)"/i,
      code: 'SYNTAX_ERROR',
      message:
        'Please check your query for syntax errors at or near "{syntax_error}". Then, try running your query again.',
    },
    {
      pattern: /Permission denied for (?:relation|table|schema|sequence) (?<object>\S+)/i,
      code: 'CONNECTION_DATABASE_PERMISSIONS_ERROR',
      message: 'The database user may not read "{object}". Ask its owner for access.',
    },
  ],
};

export const VERTICA_DIALECT = defineDialect(VERTICA_DIALECT_DEFINITION);
