import { AppError } from '../../errors/app-error.js';
import type { FieldProblems } from '../../app/validation/request-input.js';

/** No dataset has this id, or the caller may not see it (404 either way). */
export class DatasetNotFoundError extends AppError {
  override readonly name = 'DatasetNotFoundError';
  constructor(readonly datasetId: number | string) {
    super('DATASET_NOT_FOUND', `No dataset has the id ${datasetId}, or you may not see it.`);
  }
}

/**
 * The caller may not read this dataset's data (403). The message names the id the caller
 * sent and nothing of the dataset, so ids cannot be walked to learn names (CVE-2025-55675).
 */
export class DatasetAccessDeniedError extends AppError {
  override readonly name = 'DatasetAccessDeniedError';
  constructor(readonly datasetId: number) {
    super(
      'DATASOURCE_SECURITY_ACCESS_ERROR',
      `You do not have access to the data of dataset ${datasetId}. Ask an administrator for datasource_access on it, or access to its schema or database.`,
    );
  }
}

/** The caller is neither an owner nor an admin (403, Superset's DatasetForbiddenError). */
export class DatasetForbiddenError extends AppError {
  override readonly name = 'DatasetForbiddenError';
  constructor(tableName: string) {
    super(
      'DATASET_FORBIDDEN',
      `Only an owner of dataset "${tableName}" or an admin may change it. Ask an owner to add you.`,
    );
  }
}

/** Another dataset of the same database, catalog and schema has this table name (422). */
export class DatasetExistsError extends AppError {
  override readonly name = 'DatasetExistsError';
  constructor(tableName: string) {
    super('DATASET_ALREADY_EXISTS', `Dataset ${tableName} already exists.`, {
      fields: { table_name: [`Dataset ${tableName} already exists`] },
    });
  }
}

/** The request names things that do not fit (422, Superset's DatasetInvalidError); by field. */
export class DatasetInvalidError extends AppError {
  override readonly name = 'DatasetInvalidError';
  constructor(readonly problems: FieldProblems) {
    const summary = Object.entries(problems)
      .map(([field, messages]) => `${field}: ${messages.join('; ')}`)
      .join('; ');
    super('DATASET_INVALID', `The dataset is not valid: ${summary}`, { fields: problems });
  }
}
