import { z } from 'zod';

/** Flask-AppBuilder's security API paths: API tokens and the CSRF token. */
export const SECURITY_API_PATHS = {
  login: '/api/v1/security/login',
  refresh: '/api/v1/security/refresh',
  csrfToken: '/api/v1/security/csrf_token/',
} as const;

/**
 * The request header that carries the CSRF token on state-changing requests made with a
 * session cookie (Superset's name; the server also reads `X-CSRF-Token`).
 */
export const CSRF_HEADER_NAME = 'X-CSRFToken';

/** Body of `POST /api/v1/security/login` (FAB's shape). */
export const tokenLoginRequestSchema = z.object({
  username: z.string().min(1, 'Enter a username'),
  password: z.string().min(1, 'Enter a password'),
  provider: z.enum(['db', 'ldap'], { error: 'provider must be "db" or "ldap"' }),
  refresh: z.boolean().optional(),
});

export type TokenLoginRequest = z.infer<typeof tokenLoginRequestSchema>;

/** Answer of `POST /api/v1/security/login`: a refresh token only when `refresh` was true. */
export const tokenLoginResponseSchema = z.object({
  access_token: z.string(),
  refresh_token: z.string().optional(),
});

export type TokenLoginResponse = z.infer<typeof tokenLoginResponseSchema>;

/** Answer of `POST /api/v1/security/refresh`. */
export const tokenRefreshResponseSchema = z.object({ access_token: z.string() });

export type TokenRefreshResponse = z.infer<typeof tokenRefreshResponseSchema>;

/** Answer of `GET /api/v1/security/csrf_token/`. */
export const csrfTokenResponseSchema = z.object({ result: z.string().min(1) });

export type CsrfTokenResponse = z.infer<typeof csrfTokenResponseSchema>;
