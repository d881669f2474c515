import { describe, expect, it } from 'vitest';
import { AppError } from '../errors/app-error.js';
import { validatorFor } from './validator-registry.js';

describe('choosing the SQL validator of an engine', () => {
  it('gives the built-in PostgreSQL validator by name', () => {
    expect(validatorFor({ postgresql: 'PostgreSQLValidator' }, 'postgresql').name).toBe(
      'PostgreSQLValidator',
    );
  });

  it("answers Superset's error for an engine without a validator", () => {
    expect(() => validatorFor({ postgresql: 'PostgreSQLValidator' }, 'mysql')).toThrow(
      new AppError(
        'SQL_VALIDATOR_NOT_CONFIGURED_ERROR',
        'no SQL validator is configured for mysql',
      ),
    );
  });

  it('names a configured validator this build does not ship', () => {
    expect(() => validatorFor({ presto: 'PrestoDBSQLValidator' }, 'presto')).toThrow(
      /"PrestoDBSQLValidator" configured for presto is not part of this build/,
    );
  });

  it('does not take inherited names for engines', () => {
    expect(() => validatorFor({}, 'toString')).toThrow(/no SQL validator is configured/);
  });
});
