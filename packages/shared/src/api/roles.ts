import { z } from 'zod';
import { MAX_PAGE_SIZE, listQuerySchema, listResponseSchema } from './list-query.js';

/**
 * The roles and permissions API under `/api/v1/security/`, with Flask-AppBuilder's shapes:
 * roles (list, show, create, update, delete), a role's permissions (list, replace) and the
 * (permission, view menu) pairs a role can be given.
 */

/** Where the roles API lives. */
export const ROLES_API_PATH = '/api/v1/security/roles/';

/** Where the (permission, view menu) pairs are listed. */
export const PERMISSIONS_RESOURCES_API_PATH = '/api/v1/security/permissions-resources/';

/** A role as the roles API shows it, with how many users hold it and how many permissions it has. */
export const roleSchema = z.object({
  id: z.number().int(),
  name: z.string(),
  user_count: z.number().int(),
  permission_count: z.number().int(),
  /** A role `superset init` owns: it cannot be renamed or deleted, and init resets its permissions. */
  is_builtin: z.boolean(),
});

/** `GET /api/v1/security/roles/`. */
export const roleListResponseSchema = listResponseSchema(roleSchema);

/** `GET /api/v1/security/roles/{pk}` and the answer to a create or an update. */
export const roleResponseSchema = z.object({ id: z.number().int(), result: roleSchema });

const permissionIdsSchema = z.array(
  z.number({ error: 'Permission ids are numbers' }).int().positive(),
  { error: 'permission_view_menu_ids is a list of ids' },
);

const roleName = z
  .string({ error: 'Name is required' })
  .trim()
  .min(1, 'Name is required')
  .max(64, 'Name may have at most 64 characters');

/**
 * Body of `POST /api/v1/security/roles/`: FAB's `{ name }`, plus optionally the role's
 * permissions, so a role and its permissions are created in one transaction.
 */
export const roleCreateSchema = z.strictObject({
  name: roleName,
  permission_view_menu_ids: permissionIdsSchema.optional(),
});

/** Body of `PUT /api/v1/security/roles/{pk}`: a new name and/or the full set of permissions. */
export const roleUpdateSchema = z
  .strictObject({ name: roleName, permission_view_menu_ids: permissionIdsSchema })
  .partial()
  .refine((body) => Object.keys(body).length > 0, 'Send at least one field to change');

/** One permission of a role, as FAB lists it. */
export const rolePermissionSchema = z.object({
  id: z.number().int(),
  permission_name: z.string(),
  view_menu_name: z.string(),
});

/** `GET /api/v1/security/roles/{pk}/permissions/`. */
export const rolePermissionListResponseSchema = z.object({
  result: z.array(rolePermissionSchema),
});

/** Body of `POST /api/v1/security/roles/{pk}/permissions`: replaces the role's permissions. */
export const rolePermissionsUpdateSchema = z.strictObject({
  permission_view_menu_ids: permissionIdsSchema,
});

/** The answer to replacing a role's permissions (FAB echoes the body). */
export const rolePermissionsUpdateResponseSchema = z.object({
  result: z.object({ permission_view_menu_ids: z.array(z.number().int()) }),
});

/** A (permission, view menu) pair, as FAB's permissions-resources API lists it. */
export const permissionResourceSchema = z.object({
  id: z.number().int(),
  permission: z.object({ name: z.string() }),
  view_menu: z.object({ name: z.string() }),
});

/** `GET /api/v1/security/permissions-resources/`: every pair when no page is asked for. */
export const permissionResourceListResponseSchema = listResponseSchema(permissionResourceSchema);

/**
 * `?q=` of the permissions-resources list: without a page, every pair is listed (the role
 * editor's picker needs them all); with one, pages of up to MAX_PAGE_SIZE.
 */
export const permissionResourceListQuerySchema = z.strictObject({
  page: z.number().int().min(0).optional(),
  page_size: z.number().int().min(1).max(MAX_PAGE_SIZE).optional(),
});

/** What the roles list can filter and sort on. */
export const roleListQuerySchema = listQuerySchema({
  filters: {
    name: { operators: ['ct', 'sw', 'ew', 'eq', 'neq', 'nct'], value: z.string() },
  },
  orderColumns: ['id', 'name'],
  defaultOrder: { column: 'name', direction: 'asc' },
});

/** The current user's roles and data permissions: `GET /api/v1/me/roles/` (Superset's shape). */
export const myRolesSchema = z.object({
  username: z.string(),
  firstName: z.string(),
  lastName: z.string(),
  userId: z.number().int(),
  isActive: z.boolean(),
  isAnonymous: z.boolean(),
  email: z.string(),
  createdOn: z.string().nullable(),
  loginCount: z.number().int(),
  /** Not in Superset's payload; the user info page shows it. */
  lastLogin: z.string().nullable(),
  /** Role name -> its `[permission, view menu]` pairs. */
  roles: z.record(z.string(), z.array(z.tuple([z.string(), z.string()]))),
  /** `datasource_access` and `database_access` -> the view menus granted. */
  permissions: z.record(z.string(), z.array(z.string())),
});

/** `GET /api/v1/me/roles/`. */
export const myRolesResponseSchema = z.object({ result: myRolesSchema });

export type Role = z.infer<typeof roleSchema>;
export type RoleListResponse = z.infer<typeof roleListResponseSchema>;
export type RoleResponse = z.infer<typeof roleResponseSchema>;
export type RoleCreate = z.infer<typeof roleCreateSchema>;
export type RoleUpdate = z.infer<typeof roleUpdateSchema>;
export type RolePermission = z.infer<typeof rolePermissionSchema>;
export type RolePermissionsUpdate = z.infer<typeof rolePermissionsUpdateSchema>;
export type PermissionResource = z.infer<typeof permissionResourceSchema>;
export type PermissionResourceListResponse = z.infer<typeof permissionResourceListResponseSchema>;
export type RoleListQuery = z.infer<typeof roleListQuerySchema>;
export type MyRoles = z.infer<typeof myRolesSchema>;
