import type { FieldProblems } from '../../app/validation/request-input.js';
import { AppError } from '../../errors/app-error.js';

/** No rule has this id (404). */
export class RlsRuleNotFoundError extends AppError {
  override readonly name = 'RlsRuleNotFoundError';
  constructor(readonly ruleId: number) {
    super('RESOURCE_NOT_FOUND', `No row level security rule has the id ${ruleId}.`);
  }
}

/** Another rule has this name (422, as Superset). */
export class RlsRuleAlreadyExistsError extends AppError {
  override readonly name = 'RlsRuleAlreadyExistsError';
  constructor(readonly ruleName: string) {
    super(
      'RLS_RULE_ALREADY_EXISTS',
      `A row level security rule named "${ruleName}" already exists. Choose another name.`,
    );
  }
}

/** The rule names roles or datasets that do not exist (422); the message names each. */
export class RlsRuleInvalidError extends AppError {
  override readonly name = 'RlsRuleInvalidError';
  constructor(readonly problems: FieldProblems) {
    const summary = Object.entries(problems)
      .map(([field, messages]) => `${field}: ${messages.join('; ')}`)
      .join('; ');
    super('RLS_RULE_INVALID', `The row level security rule is not valid: ${summary}`, {
      fields: problems,
    });
  }
}
