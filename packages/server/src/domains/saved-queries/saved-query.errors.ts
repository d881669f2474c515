import { AppError } from '../../errors/app-error.js';
import type { FieldProblems } from '../../app/validation/request-input.js';

/** No saved query has this id, or it belongs to someone else (404 either way). */
export class SavedQueryNotFoundError extends AppError {
  override readonly name = 'SavedQueryNotFoundError';
  constructor(readonly savedQueryId: number) {
    super('RESOURCE_NOT_FOUND', `No saved query has the id ${savedQueryId}.`);
  }
}

/** Some fields of a saved query are not acceptable; the message names each (400). */
export class SavedQueryInvalidError extends AppError {
  override readonly name = 'SavedQueryInvalidError';
  constructor(readonly problems: FieldProblems) {
    const summary = Object.entries(problems)
      .map(([field, messages]) => `${field}: ${messages.join('; ')}`)
      .join('; ');
    super('INVALID_PAYLOAD_SCHEMA_ERROR', `The saved query is not valid: ${summary}`, {
      fields: problems,
    });
  }
}
