import { AppError } from '../../errors/app-error.js';

/** No log row has the given id (404). */
export class LogNotFoundError extends AppError {
  override readonly name = 'LogNotFoundError';

  constructor(readonly logId: number) {
    super('RESOURCE_NOT_FOUND', `No log entry has the id ${logId}.`);
  }
}
