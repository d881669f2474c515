import type {
  CurrentUser,
  CurrentUserPasswordUpdate,
  CurrentUserUpdate,
  MyRoles,
} from '@superset-ts/shared';
import type { MetadataDb } from '../../db/index.js';
import { AppError } from '../../errors/app-error.js';
import { presentCurrentUser } from '../session/session.presenter.js';
import type { UserRepository } from '../users/user.repository.js';
import { presentMyRoles } from './me.presenter.js';
import { meRepository } from './me.repository.js';

/** What the current user's self-service needs. */
export interface MeServiceDeps {
  metadataDb: MetadataDb;
  users: UserRepository;
  hashPassword(plain: string): Promise<string>;
  verifyPassword(hash: string, plain: string): Promise<boolean>;
  /** Passwords can only be changed here when users log in with one (AUTH_DB). */
  isPasswordLogin: boolean;
}

/**
 * The logged-in user's own profile: their roles and permissions, their name, their password.
 * Each method acts on the caller's own id only, so no user can reach another's profile here.
 */
export function createMeService(deps: MeServiceDeps) {
  const { kysely } = deps.metadataDb;

  return {
    /** `GET /api/v1/me/roles/`. */
    async myRoles(userId: number): Promise<MyRoles> {
      const user = await deps.users.getById(userId);
      return presentMyRoles(user, await meRepository.roleGrantsOf(kysely, userId));
    },

    /** `PUT /api/v1/me/`: first and/or last name. */
    async updateMe(userId: number, body: CurrentUserUpdate): Promise<CurrentUser> {
      await meRepository.updateName(kysely, userId, body);
      const user = await deps.users.getById(userId);
      return presentCurrentUser(user, await deps.users.listRoleNames(userId));
    },

    /**
     * `PUT /api/v1/me/password`: needs the current password (AUTH_DB only). Ends the user's
     * sessions and tokens issued before the change; returns its moment, so the caller's own
     * session can be re-stamped with it and stay logged in.
     */
    async changePassword(userId: number, body: CurrentUserPasswordUpdate): Promise<Date> {
      if (!deps.isPasswordLogin) {
        throw new AppError(
          'INVALID_PAYLOAD_SCHEMA_ERROR',
          'Passwords can only be changed here when AUTH_TYPE is AUTH_DB.',
        );
      }
      const user = await deps.users.getById(userId);
      const oldHash = user.password ?? '';
      if (!(await deps.verifyPassword(oldHash, body.current_password))) {
        throw new AppError('INVALID_PAYLOAD_SCHEMA_ERROR', 'Incorrect current password.', {
          fields: { current_password: ['Incorrect current password.'] },
        });
      }
      const newHash = await deps.hashPassword(body.new_password);
      const changedAt = new Date();
      if (!(await meRepository.replacePassword(kysely, userId, oldHash, newHash, changedAt))) {
        throw new AppError(
          'INVALID_PAYLOAD_SCHEMA_ERROR',
          'Your password was changed elsewhere in the meantime; try again.',
        );
      }
      return changedAt;
    },
  };
}

/** The self-service, as routes receive it. */
export type MeService = ReturnType<typeof createMeService>;
