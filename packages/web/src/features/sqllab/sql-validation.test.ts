import type { SqlValidationAnnotation } from '@superset-ts/shared';
import { describe, expect, it, vi } from 'vitest';
import { ApiRequestError } from '../../api/api-request-error';
import { createSqlValidation, type ValidateSql } from './sql-validation';

const PROBLEM: SqlValidationAnnotation = {
  line_number: 1,
  start_column: 1,
  end_column: 6,
  message: 'syntax error at or near "SELEC"',
};

function validation(answer: () => Promise<SqlValidationAnnotation[]>) {
  const validate = vi.fn<ValidateSql>(answer);
  return { validate, validation: createSqlValidation(validate) };
}

describe('createSqlValidation', () => {
  it("returns the validator's problems with the tab's schema", async () => {
    const { validate, validation: v } = validation(() => Promise.resolve([PROBLEM]));
    expect(await v.check(3, { sql: 'SELEC 1', schema: 'public' })).toEqual([PROBLEM]);
    expect(validate).toHaveBeenCalledWith(3, { sql: 'SELEC 1', schema: 'public' });
  });

  it('does not ask about an empty editor', async () => {
    const { validate, validation: v } = validation(() => Promise.resolve([PROBLEM]));
    expect(await v.check(3, { sql: '  \n', schema: null })).toEqual([]);
    expect(validate).not.toHaveBeenCalled();
  });

  it('stops asking a database that has no validator configured', async () => {
    const { validate, validation: v } = validation(() =>
      Promise.reject(
        new ApiRequestError('no SQL validator', 400, 'SQL_VALIDATOR_NOT_CONFIGURED_ERROR'),
      ),
    );
    expect(await v.check(5, { sql: 'SELECT 1', schema: null })).toEqual([]);
    expect(await v.check(5, { sql: 'SELECT 2', schema: null })).toEqual([]);
    expect(validate).toHaveBeenCalledTimes(1);
    expect(v.mayHaveValidator(5)).toBe(false);
    expect(v.mayHaveValidator(6)).toBe(true);
  });

  it('asks again after another failure, such as a template that does not render', async () => {
    const { validate, validation: v } = validation(() =>
      Promise.reject(new ApiRequestError('bad template', 400, 'TEMPLATE_RENDER_ERROR')),
    );
    expect(await v.check(5, { sql: 'SELECT {{', schema: null })).toEqual([]);
    await v.check(5, { sql: 'SELECT {{ 1', schema: null });
    expect(validate).toHaveBeenCalledTimes(2);
    expect(v.mayHaveValidator(5)).toBe(true);
  });
});
