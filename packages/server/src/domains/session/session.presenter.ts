import type { CurrentUser } from '@superset-ts/shared';

/** The columns of a user row the session needs. */
export interface SessionUserRow {
  id: number;
  username: string;
  first_name: string;
  last_name: string;
  email: string;
  active: boolean;
}

/** A user row as `/api/v1/me/` shows it (Superset's field names; never the password hash). */
export function presentCurrentUser(user: SessionUserRow, roles: readonly string[]): CurrentUser {
  return {
    id: user.id,
    username: user.username,
    first_name: user.first_name,
    last_name: user.last_name,
    email: user.email,
    is_active: user.active,
    is_anonymous: false,
    roles: [...roles],
  };
}
