import { sqlValidationAnnotationSchema, type SqlValidationAnnotation } from '@superset-ts/shared';
import { z } from 'zod';
import { AppError } from '../errors/app-error.js';
import type { SqlValidator as ConfiguredValidatorObject } from '../config/keys/hook-types.js';
import type { SqlValidationContext, SqlValidator } from './sql-validator.js';

const annotationsSchema = z.array(sqlValidationAnnotationSchema);

/**
 * A validator object from SQL_VALIDATORS_BY_ENGINE (`{ validate(sql, context) }`). It is given
 * the database, schema, catalog and user, and `execute(sql)`, which runs one statement
 * read-only with the validation time limit. Its answer must be a list of annotations.
 */
export function configuredValidator(
  engine: string,
  validator: Exclude<ConfiguredValidatorObject, string>,
): SqlValidator {
  return {
    name: `SQL_VALIDATORS_BY_ENGINE.${engine}`,
    async validate(sql: string, context: SqlValidationContext): Promise<SqlValidationAnnotation[]> {
      const answer = await validator.validate(sql, {
        database: context.database,
        schema: context.schema,
        catalog: context.catalog,
        username: context.username,
        execute: (statement: string) =>
          context.client.execute(statement, {
            readOnly: true,
            schema: context.schema,
            timeoutMs: context.timeoutMs,
          }),
      });
      const parsed = annotationsSchema.safeParse(answer);
      if (!parsed.success) {
        throw new AppError(
          'GENERIC_BACKEND_ERROR',
          `The SQL validator of SQL_VALIDATORS_BY_ENGINE.${engine} returned something other than a list of { line_number, start_column, end_column, message }.`,
        );
      }
      return parsed.data;
    },
  };
}
