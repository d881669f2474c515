/** The fields that name a user, as every API shows them. */
export interface UserIdentity {
  id: number;
  username: string;
  first_name: string;
  last_name: string;
  email: string;
}

/** Just the naming fields of a user row, so nothing else of it (a hash) reaches a response. */
export function presentUserIdentity(user: UserIdentity): UserIdentity {
  return {
    id: user.id,
    username: user.username,
    first_name: user.first_name,
    last_name: user.last_name,
    email: user.email,
  };
}
