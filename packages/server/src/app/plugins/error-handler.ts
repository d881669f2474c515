import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { ERROR_CATALOGUE, type ErrorCode, type ErrorResponse } from '@superset-ts/shared';
import { EngineError } from '@superset-ts/engines';
import { AppError } from '../../errors/app-error.js';

/** Builds the one error body every endpoint answers with. */
export function errorBody(
  code: ErrorCode,
  message: string,
  extra?: Record<string, unknown>,
): ErrorResponse {
  return {
    message,
    errors: [{ message, error_type: code, level: 'error', ...(extra ? { extra } : {}) }],
  };
}

type MappedError = { code: ErrorCode; message: string; extra?: Record<string, unknown> };

/** Framework errors by HTTP status, translated to catalogue codes with a user-facing message. */
const FRAMEWORK_ERRORS: Readonly<Record<number, MappedError>> = {
  400: {
    code: 'INVALID_PAYLOAD_FORMAT_ERROR',
    message: ERROR_CATALOGUE.INVALID_PAYLOAD_FORMAT_ERROR.message,
  },
  404: { code: 'RESOURCE_NOT_FOUND', message: ERROR_CATALOGUE.RESOURCE_NOT_FOUND.message },
  405: { code: 'METHOD_NOT_ALLOWED', message: ERROR_CATALOGUE.METHOD_NOT_ALLOWED.message },
  413: { code: 'PAYLOAD_TOO_LARGE', message: ERROR_CATALOGUE.PAYLOAD_TOO_LARGE.message },
  415: { code: 'INVALID_PAYLOAD_FORMAT_ERROR', message: 'Unsupported content type: send JSON.' },
  429: { code: 'RATE_LIMIT_EXCEEDED', message: ERROR_CATALOGUE.RATE_LIMIT_EXCEEDED.message },
  503: { code: 'SERVICE_UNAVAILABLE', message: ERROR_CATALOGUE.SERVICE_UNAVAILABLE.message },
};

function fromFastifyError(error: FastifyError): MappedError | undefined {
  if (error.validation) {
    const problems = error.validation.map((v) =>
      `${v.instancePath || '(body)'} ${v.message ?? ''}`.trim(),
    );
    return {
      code: 'INVALID_PAYLOAD_SCHEMA_ERROR',
      message: `The request is not valid: ${problems.join('; ')}`,
      extra: { problems },
    };
  }
  return error.statusCode === undefined ? undefined : FRAMEWORK_ERRORS[error.statusCode];
}

/**
 * Turns every thrown error into the catalogue's status and body: an `AppError`, or an
 * `EngineError` a database client raised (both carry a catalogue code and a safe message). Unexpected errors are logged
 * with their stack and answered with a generic message (plus the stack only when
 * SHOW_STACKTRACE is on, for development).
 */
export function registerErrorHandler(
  app: FastifyInstance,
  options: { showStacktrace: boolean },
): void {
  app.setErrorHandler(
    (error: FastifyError | AppError | Error, request: FastifyRequest, reply: FastifyReply) => {
      if (error instanceof AppError || error instanceof EngineError) {
        return reply.status(error.status).send(errorBody(error.code, error.message, error.extra));
      }
      const mapped =
        'statusCode' in error || 'validation' in error ? fromFastifyError(error) : undefined;
      if (mapped) {
        return reply
          .status(ERROR_CATALOGUE[mapped.code].status)
          .send(errorBody(mapped.code, mapped.message, mapped.extra));
      }
      request.log.error({ err: error }, 'unhandled error');
      const extra = options.showStacktrace ? { stacktrace: error.stack } : undefined;
      return reply
        .status(500)
        .send(
          errorBody('GENERIC_BACKEND_ERROR', ERROR_CATALOGUE.GENERIC_BACKEND_ERROR.message, extra),
        );
    },
  );
}
