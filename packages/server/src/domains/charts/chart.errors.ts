import { AppError } from '../../errors/app-error.js';
import type { FieldProblems } from '../../app/validation/request-input.js';

/** No chart has this id, or the caller may not see it (404 either way). */
export class ChartNotFoundError extends AppError {
  override readonly name = 'ChartNotFoundError';
  constructor(readonly chartId: number) {
    super('RESOURCE_NOT_FOUND', `No chart has the id ${chartId}.`);
  }
}

/** The caller may see the chart but neither owns it nor is an Admin (Superset's check_ownership). */
export class ChartForbiddenError extends AppError {
  override readonly name = 'ChartForbiddenError';
  constructor(readonly chartId: number) {
    super(
      'ACCESS_DENIED',
      `Changing chart ${chartId} needs its ownership: ask an owner or an Admin to add you.`,
    );
  }
}

/** Some fields of a chart are not acceptable; the message names each (400). */
export class ChartInvalidError extends AppError {
  override readonly name = 'ChartInvalidError';
  constructor(readonly problems: FieldProblems) {
    const summary = Object.entries(problems)
      .map(([field, messages]) => `${field}: ${messages.join('; ')}`)
      .join('; ');
    super('INVALID_PAYLOAD_SCHEMA_ERROR', `The chart is not valid: ${summary}`, {
      fields: problems,
    });
  }
}
