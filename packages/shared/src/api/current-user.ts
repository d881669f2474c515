import { z } from 'zod';

/** The logged-in user as `GET /api/v1/me/` returns it inside `result` (Superset's shape). */
export const currentUserSchema = z.object({
  id: z.number().int(),
  username: z.string(),
  first_name: z.string(),
  last_name: z.string(),
  email: z.string(),
  is_active: z.boolean(),
  is_anonymous: z.boolean(),
  roles: z.array(z.string()),
});

export const currentUserResponseSchema = z.object({ result: currentUserSchema });

export type CurrentUser = z.infer<typeof currentUserSchema>;

/** Body of `POST /login/` when the web app logs in with a username and password (AUTH_DB). */
export const loginFormSchema = z.object({
  username: z.string().min(1, 'Enter your username'),
  password: z.string().min(1, 'Enter your password'),
});

export type LoginForm = z.infer<typeof loginFormSchema>;
