import {
  PERMISSIONS_RESOURCES_API_PATH,
  ROLES_API_PATH,
  SERVER_PATHS,
  currentUserResponseSchema,
  encodeRison,
  myRolesResponseSchema,
  permissionResourceListResponseSchema,
  roleListResponseSchema,
  rolePermissionListResponseSchema,
  roleResponseSchema,
  type CurrentUser,
  type CurrentUserPasswordUpdate,
  type CurrentUserUpdate,
  type MyRoles,
  type PermissionResource,
  type Role,
  type RoleCreate,
  type RoleListResponse,
  type RolePermission,
  type RoleUpdate,
  okResponseSchema,
} from '@superset-ts/shared';
import { deleteJson, getJson, putJson, requestJson } from './json-request';

/** A roles list query as the page builds it (Rison in `q`). */
export type RoleListRequest = {
  filters: { col: 'name'; opr: 'ct'; value: string }[];
  order_column: 'name' | 'id';
  order_direction: 'asc' | 'desc';
  page: number;
  page_size: number;
};

/** One page of roles with user counts (Admin only). */
export function fetchRoles(query: RoleListRequest): Promise<RoleListResponse> {
  return getJson(
    `${ROLES_API_PATH}?q=${encodeURIComponent(encodeRison(query))}`,
    roleListResponseSchema,
  );
}

/** Every role, by name (the user form's role picker). */
export async function fetchAllRoles(): Promise<Role[]> {
  const roles: Role[] = [];
  for (let page = 0; ; page += 1) {
    const answer = await fetchRoles({
      filters: [],
      order_column: 'name',
      order_direction: 'asc',
      page,
      page_size: 100,
    });
    roles.push(...answer.result);
    if (roles.length >= answer.count || answer.result.length === 0) return roles;
  }
}

/** Every (permission, view menu) pair a role can be given. */
export async function fetchPermissionResources(): Promise<PermissionResource[]> {
  return (await getJson(PERMISSIONS_RESOURCES_API_PATH, permissionResourceListResponseSchema))
    .result;
}

/** A role's permissions. */
export async function fetchRolePermissions(id: number): Promise<RolePermission[]> {
  return (await getJson(`${ROLES_API_PATH}${id}/permissions/`, rolePermissionListResponseSchema))
    .result;
}

/** Creates a role with its permissions. */
export async function createRole(body: RoleCreate): Promise<Role> {
  return (await requestJson('POST', ROLES_API_PATH, roleResponseSchema, body)).result;
}

/** Renames a role and/or replaces its permissions. */
export async function updateRole(id: number, body: RoleUpdate): Promise<Role> {
  return (await putJson(`${ROLES_API_PATH}${id}`, body, roleResponseSchema)).result;
}

/** Deletes a custom role. */
export async function deleteRole(id: number): Promise<void> {
  await deleteJson(`${ROLES_API_PATH}${id}`, okResponseSchema);
}

/** The logged-in user's roles and permissions, with login details (`/api/v1/me/roles/`). */
export async function fetchMyRoles(): Promise<MyRoles> {
  return (await getJson(`${SERVER_PATHS.currentUserApi}roles/`, myRolesResponseSchema)).result;
}

/** Changes the logged-in user's own name. */
export async function updateMe(body: CurrentUserUpdate): Promise<CurrentUser> {
  return (await putJson(SERVER_PATHS.currentUserApi, body, currentUserResponseSchema)).result;
}

/** Changes the logged-in user's own password (needs the current one). */
export async function changeMyPassword(body: CurrentUserPasswordUpdate): Promise<void> {
  await putJson(`${SERVER_PATHS.currentUserApi}password`, body, okResponseSchema);
}
