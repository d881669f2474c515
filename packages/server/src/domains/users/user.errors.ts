import { AppError } from '../../errors/app-error.js';

/** Creating a user whose username or email another user already has. */
export class UserAlreadyExistsError extends Error {
  readonly code = 'USER_ALREADY_EXISTS';
  override readonly name = 'UserAlreadyExistsError';

  constructor(
    readonly field: 'username' | 'email',
    readonly value: string,
  ) {
    super(`A user with the ${field} "${value}" already exists.`);
  }
}

/** No user has the given id (a 404 through the shared error catalogue). */
export class UserNotFoundError extends AppError {
  override readonly name = 'UserNotFoundError';

  constructor(readonly userId: number) {
    super('RESOURCE_NOT_FOUND', `No user has the id ${userId}.`);
  }
}
