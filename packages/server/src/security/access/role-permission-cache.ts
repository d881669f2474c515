import type { MetadataDb } from '../../db/index.js';
import { loadRolePermissions } from './role-permissions.js';

const DEFAULT_TTL_MS = 5_000;

/**
 * Role permissions change rarely but are needed on every request, so each set of role names
 * is read at most once per TTL. A role edit therefore takes effect within seconds on every
 * server, with no cross-node invalidation to get wrong.
 */
export function createRolePermissionCache(db: MetadataDb, ttlMs = DEFAULT_TTL_MS) {
  const entries = new Map<string, { expiresAt: number; permissions: Promise<Set<string>> }>();
  return {
    async permissionsOf(roleNames: readonly string[]): Promise<ReadonlySet<string>> {
      const key = [...roleNames].sort().join('\u0000');
      const now = Date.now();
      const cached = entries.get(key);
      if (cached && cached.expiresAt > now) return cached.permissions;
      const permissions = loadRolePermissions(db, roleNames);
      entries.set(key, { expiresAt: now + ttlMs, permissions });
      permissions.catch(() => entries.delete(key));
      return permissions;
    },
    /** Forgets everything, e.g. after this process edited a role. */
    clear(): void {
      entries.clear();
    },
  };
}

export type RolePermissionCache = ReturnType<typeof createRolePermissionCache>;
