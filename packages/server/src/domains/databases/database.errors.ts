import type { DatasetRef } from './database.record.js';
import { AppError } from '../../errors/app-error.js';

/** No database has this id, or the caller may not see it (404 either way). */
export class DatabaseNotFoundError extends AppError {
  override readonly name = 'DatabaseNotFoundError';
  constructor(readonly databaseId: number | string) {
    super('RESOURCE_NOT_FOUND', `No database has the id ${databaseId}.`);
  }
}

/** Another database has this name (422, as Superset's DatabaseExistsValidationError). */
export class DatabaseAlreadyExistsError extends AppError {
  override readonly name = 'DatabaseAlreadyExistsError';
  constructor(readonly databaseName: string) {
    super('DATABASE_ALREADY_EXISTS', `A database named "${databaseName}" already exists.`, {
      fields: { database_name: ['A database with the same name already exists.'] },
    });
  }
}

/** Datasets still use the database, so it cannot be deleted; the message names them. */
export class DatabaseInUseError extends AppError {
  override readonly name = 'DatabaseInUseError';
  constructor(datasets: readonly DatasetRef[]) {
    const names = datasets.map((d) => (d.schema ? `${d.schema}.${d.table_name}` : d.table_name));
    super(
      'DATABASE_IN_USE',
      `This database has datasets: delete them before the database (${names.join(', ')}).`,
      { datasets: datasets.map((d) => ({ id: d.id, table_name: d.table_name, schema: d.schema })) },
    );
  }
}
