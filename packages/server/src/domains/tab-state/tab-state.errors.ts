import { AppError } from '../../errors/app-error.js';
import type { FieldProblems } from '../../app/validation/request-input.js';

/** No tab has this id among the caller's (another user's tab is not found either). */
export class TabStateNotFoundError extends AppError {
  override readonly name = 'TabStateNotFoundError';
  constructor(readonly tabStateId: number) {
    super('RESOURCE_NOT_FOUND', `No SQL Lab tab has the id ${tabStateId}.`);
  }
}

/** No table browser has this id in the caller's tabs. */
export class TableSchemaNotFoundError extends AppError {
  override readonly name = 'TableSchemaNotFoundError';
  constructor(readonly tableSchemaId: number) {
    super('RESOURCE_NOT_FOUND', `No SQL Lab table browser has the id ${tableSchemaId}.`);
  }
}

/** A tab write names something the caller cannot use; the message names the field (400). */
export class TabStateInvalidError extends AppError {
  override readonly name = 'TabStateInvalidError';
  constructor(readonly problems: FieldProblems) {
    const summary = Object.entries(problems)
      .map(([field, messages]) => `${field}: ${messages.join('; ')}`)
      .join('; ');
    super('INVALID_PAYLOAD_SCHEMA_ERROR', `The tab is not valid: ${summary}`, { fields: problems });
  }
}
