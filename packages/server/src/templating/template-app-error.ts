import { AppError } from '../errors/app-error.js';
import { truncateMessage, type TemplateFailure } from './template-error.js';

/** The AppError a caller receives for a failed render. */
export function toAppError(failure: TemplateFailure): AppError {
  const message = truncateMessage(failure.message);
  switch (failure.kind) {
    case 'syntax':
      return new AppError('INVALID_TEMPLATE_PARAMS_ERROR', `Template syntax error: ${message}`);
    case 'undefined':
      return new AppError('MISSING_TEMPLATE_PARAMS_ERROR', message, {
        undefined_parameters: failure.undefinedParameters ?? [],
      });
    case 'render':
      return new AppError('TEMPLATE_RENDER_ERROR', `Template error: ${message}`);
    case 'timeout':
      return new AppError('TEMPLATE_TIMEOUT_ERROR', message);
  }
}
