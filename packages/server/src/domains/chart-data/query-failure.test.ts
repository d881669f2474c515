import { EngineError } from '@superset-ts/engines';
import { describe, expect, it, vi } from 'vitest';
import { AppError } from '../../errors/app-error.js';
import { chartQueryFailure } from './query-failure.js';

const dbError = () =>
  new EngineError('COLUMN_DOES_NOT_EXIST_ERROR', 'column "secret_salary" does not exist');

describe('chartQueryFailure', () => {
  it('shows the database text to callers with SQL Lab access', () => {
    const log = vi.fn();
    const shown = chartQueryFailure(dbError(), {
      canSeeDatabaseErrors: true,
      databaseId: 1,
      datasetId: 2,
      log,
      newErrorId: () => 'id-1',
    });
    expect(shown).toBeInstanceOf(AppError);
    expect((shown as AppError).status).toBe(400);
    expect((shown as AppError).message).toBe('column "secret_salary" does not exist');
  });

  it('hides it from others behind a correlation id that the server log holds', () => {
    const log = vi.fn();
    const shown = chartQueryFailure(dbError(), {
      canSeeDatabaseErrors: false,
      databaseId: 1,
      datasetId: 2,
      log,
      newErrorId: () => 'id-2',
    }) as AppError;
    expect(shown.status).toBe(400);
    expect(shown.message).not.toContain('secret_salary');
    expect(shown.message).toContain('id-2');
    expect(shown.extra).toEqual({ error_id: 'id-2' });
    expect(log).toHaveBeenCalledWith(
      expect.objectContaining({
        errorId: 'id-2',
        message: 'column "secret_salary" does not exist',
      }),
    );
  });

  it('keeps a plain timeout as it is, and leaves non-database errors alone', () => {
    const context = { canSeeDatabaseErrors: false, databaseId: 1, datasetId: 2, log: vi.fn() };
    const timeout = new EngineError('QUERY_TIMEOUT_ERROR');
    expect(chartQueryFailure(timeout, context)).toBe(timeout);
    const other = new AppError('ACCESS_DENIED');
    expect(chartQueryFailure(other, context)).toBe(other);
    expect(context.log).not.toHaveBeenCalled();
  });
});
