import { z } from 'zod';
import { listQuerySchema, listResponseSchema } from './list-query.js';

/**
 * The users API under `/api/v1/security/users/`, with Flask-AppBuilder's shapes (Superset
 * serves FAB's security API): list with a Rison query, show, create, update, delete.
 */

/** Where the users API lives. */
export const USERS_API_PATH = '/api/v1/security/users/';

/** The least a password may have (FAB's password complexity is off by default; a length is not). */
export const MIN_PASSWORD_LENGTH = 8;

/** A role as the users API names it. */
export const roleRefSchema = z.object({ id: z.number().int(), name: z.string() });

/** A user as the users API shows it: never the password hash. */
export const userSchema = z.object({
  id: z.number().int(),
  username: z.string(),
  first_name: z.string(),
  last_name: z.string(),
  email: z.string(),
  active: z.boolean(),
  roles: z.array(roleRefSchema),
  /** ISO 8601 in UTC, or null when the user never logged in. */
  last_login: z.string().nullable(),
  login_count: z.number().int(),
  fail_login_count: z.number().int(),
  created_on: z.string().nullable(),
  changed_on: z.string().nullable(),
});

/** `GET /api/v1/security/users/`: the page of users and how many match. */
export const userListResponseSchema = listResponseSchema(userSchema);

/** `GET /api/v1/security/users/{pk}`, and the answer to a create or an update. */
export const userResponseSchema = z.object({ id: z.number().int(), result: userSchema });

const text = (label: string, max: number) =>
  z
    .string({ error: `${label} is required` })
    .trim()
    .min(1, `${label} is required`)
    .max(max, `${label} may have at most ${max} characters`);

/** A new password: the policy every password set through the API follows. */
export const newPasswordSchema = z
  .string({ error: 'Password is required' })
  .min(MIN_PASSWORD_LENGTH, `Password must have at least ${MIN_PASSWORD_LENGTH} characters`)
  .max(256, 'Password may have at most 256 characters');

const userFields = {
  username: text('Username', 100),
  first_name: text('First name', 64),
  last_name: text('Last name', 64),
  email: text('Email', 320).pipe(z.email('Email must be a valid email address')),
  active: z.boolean({ error: 'Active must be true or false' }),
  roles: z
    .array(z.number({ error: 'Roles are role ids' }).int(), { error: 'Roles are role ids' })
    .min(1, 'Give the user at least one role'),
  password: newPasswordSchema,
};

/** Body of `POST /api/v1/security/users/` (FAB's UserPostSchema; `active` defaults to true). */
export const userCreateSchema = z.strictObject({
  ...userFields,
  active: userFields.active.default(true),
});

/** Body of `PUT /api/v1/security/users/{pk}`: any of the fields; `password` resets it. */
export const userUpdateSchema = z
  .strictObject(userFields)
  .partial()
  .refine((body) => Object.keys(body).length > 0, 'Send at least one field to change');

/** What the users list can filter and sort on. */
export const userListQuerySchema = listQuerySchema({
  filters: {
    username: { operators: ['ct', 'sw', 'ew', 'eq', 'neq', 'nct'], value: z.string() },
    first_name: { operators: ['ct', 'sw', 'ew', 'eq', 'neq', 'nct'], value: z.string() },
    last_name: { operators: ['ct', 'sw', 'ew', 'eq', 'neq', 'nct'], value: z.string() },
    email: { operators: ['ct', 'sw', 'ew', 'eq', 'neq', 'nct'], value: z.string() },
    active: { operators: ['eq'], value: z.boolean() },
    roles: { operators: ['rel_m_m'], value: z.number().int() },
  },
  orderColumns: [
    'id',
    'username',
    'first_name',
    'last_name',
    'email',
    'active',
    'last_login',
    'login_count',
    'created_on',
    'changed_on',
  ],
  defaultOrder: { column: 'username', direction: 'asc' },
});

export type RoleRef = z.infer<typeof roleRefSchema>;
export type User = z.infer<typeof userSchema>;
export type UserListResponse = z.infer<typeof userListResponseSchema>;
export type UserResponse = z.infer<typeof userResponseSchema>;
export type UserCreate = z.infer<typeof userCreateSchema>;
export type UserCreateInput = z.input<typeof userCreateSchema>;
export type UserUpdate = z.infer<typeof userUpdateSchema>;
export type UserListQuery = z.infer<typeof userListQuerySchema>;

/** Body of `PUT /api/v1/me/`: the current user changes their own name (Superset's CurrentUserPutSchema). */
export const currentUserUpdateSchema = z
  .strictObject({ first_name: userFields.first_name, last_name: userFields.last_name })
  .partial()
  .refine((body) => Object.keys(body).length > 0, 'Send at least one field to change');

/** Body of `PUT /api/v1/me/password` (AUTH_DB): the current password and the new one, twice. */
export const currentUserPasswordUpdateSchema = z
  .strictObject({
    current_password: z
      .string({ error: 'Current password is required' })
      .min(1, 'Current password is required'),
    new_password: newPasswordSchema,
    confirm_password: z.string({ error: 'Confirm the new password' }),
  })
  .refine((body) => body.new_password === body.confirm_password, {
    path: ['confirm_password'],
    message: 'The two new passwords differ',
  });

export type CurrentUserUpdate = z.infer<typeof currentUserUpdateSchema>;
export type CurrentUserPasswordUpdate = z.infer<typeof currentUserPasswordUpdateSchema>;

/** FAB's answer to a delete and to other writes that return nothing: `{ message: "OK" }`. */
export const okResponseSchema = z.object({ message: z.string() });
