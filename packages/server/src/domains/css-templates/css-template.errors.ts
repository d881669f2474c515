import { AppError } from '../../errors/app-error.js';

/** No CSS template has this id (404). */
export class CssTemplateNotFoundError extends AppError {
  override readonly name = 'CssTemplateNotFoundError';
  constructor(readonly cssTemplateId: number) {
    super('RESOURCE_NOT_FOUND', `No CSS template has the id ${cssTemplateId}.`);
  }
}
