import type { SqlValidator as ConfiguredValidator } from '../config/keys/hook-types.js';
import { AppError } from '../errors/app-error.js';
import { configuredValidator } from './configured-validator.js';
import { postgresValidator } from './postgres-validator.js';
import type { SqlValidator } from './sql-validator.js';

/** The validators this build ships, by the names SQL_VALIDATORS_BY_ENGINE uses. */
export const BUILT_IN_VALIDATORS: Readonly<Record<string, SqlValidator>> = {
  [postgresValidator.name]: postgresValidator,
};

/**
 * The validator SQL_VALIDATORS_BY_ENGINE names for an engine: a built-in one by name, or the
 * configured object. Throws SQL_VALIDATOR_NOT_CONFIGURED_ERROR with Superset's wording when the
 * engine has none, and names a configured validator this build does not ship.
 */
export function validatorFor(
  byEngine: Readonly<Record<string, ConfiguredValidator>>,
  engine: string,
): SqlValidator {
  const entry = Object.hasOwn(byEngine, engine) ? byEngine[engine] : undefined;
  if (entry === undefined) {
    throw new AppError(
      'SQL_VALIDATOR_NOT_CONFIGURED_ERROR',
      `no SQL validator is configured for ${engine}`,
    );
  }
  if (typeof entry !== 'string') return configuredValidator(engine, entry);
  const builtIn = Object.hasOwn(BUILT_IN_VALIDATORS, entry)
    ? BUILT_IN_VALIDATORS[entry]
    : undefined;
  if (builtIn === undefined) {
    throw new AppError(
      'SQL_VALIDATOR_NOT_CONFIGURED_ERROR',
      `The SQL validator "${entry}" configured for ${engine} is not part of this build (available: ${Object.keys(BUILT_IN_VALIDATORS).join(', ')}).`,
    );
  }
  return builtIn;
}
