import { randomUUID } from 'node:crypto';
import { ERROR_CATALOGUE } from '@superset-ts/shared';
import { EngineError } from '@superset-ts/engines';
import { AppError } from '../../errors/app-error.js';

/** Where a failed chart query's real error is written, under its correlation id. */
export type QueryFailureLog = (details: {
  errorId: string;
  databaseId: number;
  datasetId: number;
  code: string;
  message: string;
}) => void;

/** Engine errors whose text is the catalogue's own, not the database's: safe for anyone. */
const GENERIC_ENGINE_CODES = new Set<string>(['QUERY_TIMEOUT_ERROR', 'QUERY_CANCELLED_ERROR']);

/**
 * The error a caller sees when the database refused a chart query. The database's text goes
 * only to callers with SQL Lab access to that database (they could run the SQL themselves);
 * anyone else gets a generic message and a correlation id, and the real error is logged under
 * that id for an administrator. Errors that are not the database's pass through untouched.
 */
export function chartQueryFailure(
  error: unknown,
  context: {
    canSeeDatabaseErrors: boolean;
    databaseId: number;
    datasetId: number;
    log: QueryFailureLog;
    newErrorId?: () => string;
  },
): unknown {
  if (!(error instanceof EngineError)) return error;
  if (GENERIC_ENGINE_CODES.has(error.code) && error.message === ERROR_CATALOGUE[error.code].message)
    return error;
  const errorId = (context.newErrorId ?? randomUUID)();
  context.log({
    errorId,
    databaseId: context.databaseId,
    datasetId: context.datasetId,
    code: error.code,
    message: error.message,
  });
  if (context.canSeeDatabaseErrors) {
    return new AppError('CHART_DATA_QUERY_FAILED_ERROR', error.message, {
      engine_error_type: error.code,
      error_id: errorId,
    });
  }
  return new AppError(
    'CHART_DATA_QUERY_FAILED_ERROR',
    `${ERROR_CATALOGUE.CHART_DATA_QUERY_FAILED_ERROR.message} Error id: ${errorId}.`,
    { error_id: errorId },
  );
}
