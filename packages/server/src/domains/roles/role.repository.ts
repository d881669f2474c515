import type { Expression, Kysely } from 'kysely';
import type { RoleListQuery } from '@superset-ts/shared';
import {
  insertReturningId,
  readCount,
  type MetadataDialect,
  type MetadataSchema,
} from '../../db/index.js';
import { AppError } from '../../errors/app-error.js';
import { setRoleGrants } from '../../security/roles/permission-store.js';
import { textFilter } from '../users/text-filter.js';
import { isUniqueViolation } from '../users/unique-violation.js';

type Db = Kysely<MetadataSchema>;

/** A role with how many users hold it and how many permissions it has. */
export interface RoleRow {
  id: number;
  name: string;
  user_count: number;
  permission_count: number;
}

/** Another role already has this name (409). */
export class RoleAlreadyExistsError extends AppError {
  override readonly name = 'RoleAlreadyExistsError';
  constructor(readonly roleName: string) {
    super('ROLE_ALREADY_EXISTS', `A role named "${roleName}" already exists.`);
  }
}

/** No role has this id (404). */
export class RoleIdNotFoundError extends AppError {
  override readonly name = 'RoleIdNotFoundError';
  constructor(readonly roleId: number) {
    super('RESOURCE_NOT_FOUND', `No role has the id ${roleId}.`);
  }
}

function withCounts(db: Db) {
  return db.selectFrom('ab_role as r').select((eb) => [
    'r.id',
    'r.name',
    eb
      .selectFrom('ab_user_role as ur')
      .select((inner) => inner.fn.countAll().as('n'))
      .whereRef('ur.role_id', '=', 'r.id')
      .as('user_count'),
    eb
      .selectFrom('ab_permission_view_role as pvr')
      .select((inner) => inner.fn.countAll().as('n'))
      .whereRef('pvr.role_id', '=', 'r.id')
      .as('permission_count'),
  ]);
}

function nameFilter(column: Expression<string>, filter: RoleListQuery['filters'][number]) {
  return textFilter(column, filter.opr, String(filter.value));
}

function toRoleRow(row: {
  id: number;
  name: string;
  user_count: string | number | bigint | null;
  permission_count: string | number | bigint | null;
}): RoleRow {
  return {
    id: row.id,
    name: row.name,
    user_count: readCount(row.user_count ?? 0),
    permission_count: readCount(row.permission_count ?? 0),
  };
}

/**
 * Roles in `ab_role` and their grants. Every function takes the query builder it runs on,
 * so a service can run several in one transaction.
 */
export const roleRepository = {
  /** A page of roles matching a list query, and how many match in all. */
  async list(db: Db, query: RoleListQuery): Promise<{ count: number; roles: RoleRow[] }> {
    const countRow = await db
      .selectFrom('ab_role as r')
      .where((eb) => eb.and(query.filters.map((f) => nameFilter(eb.ref('r.name'), f))))
      .select((eb) => eb.fn.countAll().as('total'))
      .executeTakeFirst();
    const rows = await withCounts(db)
      .where((eb) => eb.and(query.filters.map((f) => nameFilter(eb.ref('r.name'), f))))
      .orderBy(`r.${query.order_column}`, query.order_direction)
      .orderBy('r.id')
      .limit(query.page_size)
      .offset(query.page * query.page_size)
      .execute();
    return { count: readCount(countRow?.total), roles: rows.map(toRoleRow) };
  },

  /** The roles with these ids (unknown ids are left out). */
  async findMany(db: Db, ids: readonly number[]): Promise<RoleRow[]> {
    if (ids.length === 0) return [];
    const rows = await withCounts(db)
      .where('r.id', 'in', [...new Set(ids)])
      .orderBy('r.name')
      .execute();
    return rows.map(toRoleRow);
  },

  /** One role; throws `RoleIdNotFoundError`. */
  async get(db: Db, id: number): Promise<RoleRow> {
    const [role] = await roleRepository.findMany(db, [id]);
    if (!role) throw new RoleIdNotFoundError(id);
    return role;
  },

  /** Throws `RoleAlreadyExistsError` when another role has this name. */
  async requireUniqueName(db: Db, name: string, exceptId?: number): Promise<void> {
    let query = db.selectFrom('ab_role').select('id').where('name', '=', name);
    if (exceptId !== undefined) query = query.where('id', '<>', exceptId);
    if (await query.executeTakeFirst()) throw new RoleAlreadyExistsError(name);
  },

  /** Creates a role; returns its id. */
  async insert(db: Db, dialect: MetadataDialect, name: string): Promise<number> {
    await roleRepository.requireUniqueName(db, name);
    return insertReturningId(db.insertInto('ab_role').values({ name }), dialect).catch(
      (error: unknown) => {
        if (isUniqueViolation(error)) throw new RoleAlreadyExistsError(name);
        throw error;
      },
    );
  },

  /** Renames a role; throws `RoleIdNotFoundError` or `RoleAlreadyExistsError`. */
  async rename(db: Db, id: number, name: string): Promise<void> {
    await roleRepository.requireUniqueName(db, name, id);
    const result = await db
      .updateTable('ab_role')
      .set({ name })
      .where('id', '=', id)
      .executeTakeFirst()
      .catch((error: unknown) => {
        if (isUniqueViolation(error)) throw new RoleAlreadyExistsError(name);
        throw error;
      });
    if (result.numUpdatedRows === 0n) throw new RoleIdNotFoundError(id);
  },

  /** Makes the role's permissions exactly these pair ids. */
  async setPermissions(db: Db, id: number, pairIds: readonly number[]): Promise<void> {
    await setRoleGrants(db, id, new Set(pairIds));
  },

  /** Deletes a role with its grants and memberships; throws `RoleIdNotFoundError`. */
  async delete(db: Db, id: number): Promise<void> {
    await db.deleteFrom('ab_permission_view_role').where('role_id', '=', id).execute();
    await db.deleteFrom('ab_user_role').where('role_id', '=', id).execute();
    const result = await db.deleteFrom('ab_role').where('id', '=', id).executeTakeFirst();
    if (result.numDeletedRows === 0n) throw new RoleIdNotFoundError(id);
  },
};
