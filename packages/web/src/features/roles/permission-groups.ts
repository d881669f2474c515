import type { PermissionResource } from '@superset-ts/shared';

/** The permissions of one resource (view menu), for the picker. */
export interface PermissionGroup {
  resource: string;
  permissions: { id: number; name: string }[];
}

/**
 * Groups (permission, view menu) pairs by view menu, both sorted by name, keeping those
 * whose resource or permission contains `search` (ignoring case).
 */
export function groupPermissions(
  pairs: readonly PermissionResource[],
  search = '',
): PermissionGroup[] {
  const needle = search.trim().toLowerCase();
  const groups = new Map<string, PermissionGroup>();
  for (const pair of pairs) {
    const resource = pair.view_menu.name;
    const name = pair.permission.name;
    const isMatch =
      needle === '' ||
      resource.toLowerCase().includes(needle) ||
      name.toLowerCase().includes(needle) ||
      `${name} on ${resource}`.toLowerCase().includes(needle);
    if (!isMatch) continue;
    let group = groups.get(resource);
    if (!group) {
      group = { resource, permissions: [] };
      groups.set(resource, group);
    }
    group.permissions.push({ id: pair.id, name });
  }
  const byName = (a: string, b: string) => a.localeCompare(b, undefined, { sensitivity: 'base' });
  return [...groups.values()]
    .sort((a, b) => byName(a.resource, b.resource))
    .map((group) => ({
      ...group,
      permissions: group.permissions.sort((a, b) => byName(a.name, b.name)),
    }));
}
