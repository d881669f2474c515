import { AppError } from '../../errors/app-error.js';

/** Creating or renaming a user to a username or email another user already has (409). */
export class UserAlreadyExistsError extends AppError {
  override readonly name = 'UserAlreadyExistsError';

  constructor(
    readonly field: 'username' | 'email',
    readonly value: string,
  ) {
    super('USER_ALREADY_EXISTS', `A user with the ${field} "${value}" already exists.`, { field });
  }
}

/** No user has the given id (a 404 through the shared error catalogue). */
export class UserNotFoundError extends AppError {
  override readonly name = 'UserNotFoundError';

  constructor(readonly userId: number) {
    super('RESOURCE_NOT_FOUND', `No user has the id ${userId}.`);
  }
}
