import type { PermissionResource } from '@superset-ts/shared';

/** One (permission, view menu) pair as the permissions-resources API lists it. */
export function buildPermissionResource(
  id: number,
  permission: string,
  viewMenu: string,
): PermissionResource {
  return { id, permission: { name: permission }, view_menu: { name: viewMenu } };
}

/** Two permissions on Dashboard (ids 1 and 2) and one on Chart (id 3). */
export const PERMISSION_RESOURCES: readonly PermissionResource[] = [
  buildPermissionResource(1, 'can_read', 'Dashboard'),
  buildPermissionResource(2, 'can_write', 'Dashboard'),
  buildPermissionResource(3, 'can_read', 'Chart'),
];
