import { linter } from '@codemirror/lint';
import type { Extension } from '@uiw/react-codemirror';
import {
  DATABASES_API_PATH,
  sqlValidationAnnotationSchema,
  type SqlValidationAnnotation,
} from '@superset-ts/shared';
import { z } from 'zod';
import { ApiRequestError } from '../../api/api-request-error';
import { requestJson } from '../../api/json-request';
import { toDiagnostics } from './sql-diagnostics';

/** How long the editor waits after the last keystroke before asking the validator. */
export const VALIDATION_DELAY_MS = 600;

/** What `validate_sql` checks: the script, in a schema, with the tab's template parameters. */
export interface SqlValidationRequest {
  sql: string;
  schema: string | null;
  template_params?: Record<string, unknown>;
}

/** Asks a database's validator (SQL_VALIDATORS_BY_ENGINE) for the problems of a script. */
export type ValidateSql = (
  databaseId: number,
  request: SqlValidationRequest,
) => Promise<SqlValidationAnnotation[]>;

const validateAnswerSchema = z.object({ result: z.array(sqlValidationAnnotationSchema) });

/** `POST /api/v1/database/{pk}/validate_sql/`. */
export const requestSqlValidation: ValidateSql = async (databaseId, request) =>
  (
    await requestJson(
      'POST',
      `${DATABASES_API_PATH}${databaseId}/validate_sql/`,
      validateAnswerSchema,
      request,
    )
  ).result;

/** An answer meaning "do not ask this database again": no validator, or not allowed/found. */
function isNoValidatorAnswer(error: unknown): boolean {
  return (
    error instanceof ApiRequestError &&
    (error.errorType === 'SQL_VALIDATOR_NOT_CONFIGURED_ERROR' ||
      error.status === 403 ||
      error.status === 404)
  );
}

/**
 * Validation as the editor uses it. The UI cannot tell which engines have a validator, so it
 * asks; a database that answers "no validator configured" is not asked again. Any other
 * failure shows no problems (running the SQL reports them) and the next edit asks again.
 */
export function createSqlValidation(validate: ValidateSql) {
  const withoutValidator = new Set<number>();
  return {
    /** False once the database said it has no validator. */
    mayHaveValidator: (databaseId: number) => !withoutValidator.has(databaseId),

    async check(
      databaseId: number,
      request: SqlValidationRequest,
    ): Promise<SqlValidationAnnotation[]> {
      if (withoutValidator.has(databaseId) || request.sql.trim() === '') return [];
      try {
        return await validate(databaseId, request);
      } catch (error) {
        if (isNoValidatorAnswer(error)) withoutValidator.add(databaseId);
        return [];
      }
    },
  };
}

/** What the editor learnt about its databases' validators, kept while SQL Lab is open. */
export type SqlValidation = ReturnType<typeof createSqlValidation>;

/** The editor extension that underlines what `check` reports, ~600 ms after typing stops. */
export function sqlValidationLinter(
  check: (sql: string) => Promise<SqlValidationAnnotation[]>,
): Extension {
  return linter(
    async (view) => {
      const doc = view.state.doc;
      return toDiagnostics(doc, await check(doc.toString()));
    },
    { delay: VALIDATION_DELAY_MS },
  );
}
