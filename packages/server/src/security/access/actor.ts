/** `permission|resource`: the key of one granted pair in an actor's permission set. */
export function permissionKey(action: string, resource: string): string {
  return `${action}|${resource}`;
}

/**
 * Who is calling: a logged-in user with their roles and the union of those roles'
 * permissions, or an anonymous caller with the Public role's permissions (empty unless
 * PUBLIC_ROLE_LIKE grants some). Resolved once per request; services receive it explicitly.
 */
export type Actor =
  | {
      kind: 'user';
      userId: number;
      username: string;
      roles: readonly string[];
      permissions: ReadonlySet<string>;
    }
  | { kind: 'anonymous'; roles: readonly string[]; permissions: ReadonlySet<string> };

/** Whether the actor holds `action` on `resource`. */
export function hasPermission(actor: Actor, action: string, resource: string): boolean {
  return actor.permissions.has(permissionKey(action, resource));
}

/** The anonymous actor with the given Public-role permissions. */
export function anonymousActor(publicRole: string, permissions: ReadonlySet<string>): Actor {
  return { kind: 'anonymous', roles: [publicRole], permissions };
}
