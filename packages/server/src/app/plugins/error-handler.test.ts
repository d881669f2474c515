import Fastify from 'fastify';
import { EngineError } from '@superset-ts/engines';
import { describe, expect, it } from 'vitest';
import { AppError } from '../../errors/app-error.js';
import { registerErrorHandler } from './error-handler.js';

async function answerTo(error: Error) {
  const app = Fastify({ logger: false });
  registerErrorHandler(app, { showStacktrace: false });
  app.get('/fail', () => Promise.reject(error));
  const response = await app.inject({ method: 'GET', url: '/fail' });
  await app.close();
  return { status: response.statusCode, body: response.json<Record<string, unknown>>() };
}

describe('the error handler', () => {
  it("answers an engine's error with its code's status and the one error body", async () => {
    const answer = await answerTo(
      new EngineError('CONNECTION_INVALID_HOSTNAME_ERROR', 'The hostname "x" cannot be resolved.', {
        hostname: 'x',
      }),
    );
    expect(answer).toEqual({
      status: 422,
      body: {
        message: 'The hostname "x" cannot be resolved.',
        errors: [
          {
            message: 'The hostname "x" cannot be resolved.',
            error_type: 'CONNECTION_INVALID_HOSTNAME_ERROR',
            level: 'error',
            extra: { hostname: 'x' },
          },
        ],
      },
    });
  });

  it('answers the same shape for an AppError, and hides an unexpected error', async () => {
    const appError = await answerTo(new AppError('DATABASE_IN_USE'));
    expect(appError.status).toBe(422);
    expect(appError.body.errors).toEqual([
      expect.objectContaining({ error_type: 'DATABASE_IN_USE' }),
    ]);
    const unexpected = await answerTo(new Error('postgresql://u:secret@h/d exploded'));
    expect(unexpected.status).toBe(500);
    expect(JSON.stringify(unexpected.body)).not.toContain('secret');
  });
});
