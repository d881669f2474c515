import {
  USERS_API_PATH,
  encodeRison,
  userListResponseSchema,
  userResponseSchema,
  type UserCreateInput,
  type UserListResponse,
  type UserResponse,
  type UserUpdate,
  okResponseSchema,
} from '@superset-ts/shared';
import { deleteJson, getJson, putJson, requestJson } from './json-request';

/** A users list query as the page builds it (Rison in `q`). */
export type UserListRequest = {
  filters: { col: string; opr: string; value: string | number | boolean }[];
  order_column: string;
  order_direction: 'asc' | 'desc';
  page: number;
  page_size: number;
};

/** The URL of a users list query. */
export function userListUrl(query: UserListRequest): string {
  return `${USERS_API_PATH}?q=${encodeURIComponent(encodeRison(query))}`;
}

/** One page of users (Admin only). Throws ApiRequestError. */
export function fetchUsers(query: UserListRequest): Promise<UserListResponse> {
  return getJson(userListUrl(query), userListResponseSchema);
}

/** Creates a user; a 400 throws ApiValidationError naming the fields. */
export function createUser(body: UserCreateInput): Promise<UserResponse> {
  return requestJson('POST', USERS_API_PATH, userResponseSchema, body);
}

/** Changes some of a user's fields (`password` resets it). */
export function updateUser(id: number, body: UserUpdate): Promise<UserResponse> {
  return putJson(`${USERS_API_PATH}${id}`, body, userResponseSchema);
}

/** Deletes a user. */
export async function deleteUser(id: number): Promise<void> {
  await deleteJson(`${USERS_API_PATH}${id}`, okResponseSchema);
}
