/** A role name that no role has (in `ab_role`). */
export class RoleNotFoundError extends Error {
  readonly code = 'ROLE_NOT_FOUND';
  override readonly name = 'RoleNotFoundError';

  constructor(
    readonly roleNames: readonly string[],
    context: string,
  ) {
    super(`${context}: no role is named ${roleNames.map((name) => `"${name}"`).join(', ')}.`);
  }
}
