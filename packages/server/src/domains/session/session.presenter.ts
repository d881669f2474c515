import type { CurrentUser } from '@superset-ts/shared';
import { presentUserIdentity, type UserIdentity } from '../users/user-identity.presenter.js';

/** The columns of a user row the session needs. */
export interface SessionUserRow extends UserIdentity {
  active: boolean;
}

/** A user row as `/api/v1/me/` shows it (Superset's field names; never the password hash). */
export function presentCurrentUser(user: SessionUserRow, roles: readonly string[]): CurrentUser {
  return {
    ...presentUserIdentity(user),
    is_active: user.active,
    is_anonymous: false,
    roles: [...roles],
  };
}
