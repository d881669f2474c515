import { describeKey } from './capabilities.js';
import { functionOrNull, objectOrNull } from './hook-schemas.js';
import type { ContextHook, SecurityManagerOverrides } from './hook-types.js';
import { bool, nonEmptyText, positiveInt, textList, textOrNull } from './value-schemas.js';

/** Roles and permissions, the security REST API, and guest tokens for embedded dashboards. */
export const permissionsKeys = {
  FAB_UPDATE_PERMS: bool
    .default(true)
    .describe(
      describeKey(
        'Sync the built-in roles and their permissions (as `superset init` does) at start-up. Turn off when many workers or servers start at once and run `superset init` on deploy instead.',
        'foundation',
      ),
    ),
  PUBLIC_ROLE_LIKE: textOrNull
    .default(null)
    .describe(
      describeKey(
        'Give anonymous visitors permissions: "Public" for a minimal read-only set, or another role name to copy that role\'s permissions.',
        'security',
      ),
    ),
  CUSTOM_SECURITY_MANAGER: objectOrNull<SecurityManagerOverrides>()
    .default(null)
    .describe(
      describeKey(
        'Object of functions overriding security-manager decisions by name (Superset takes a SupersetSecurityManager subclass).',
        'security',
      ),
    ),
  FAB_ADD_SECURITY_API: bool
    .default(true)
    .describe(
      describeKey('Serve the users/roles/permissions REST API under /api/v1/security.', 'security'),
    ),
  FAB_API_KEY_ENABLED: bool
    .default(false)
    .describe(describeKey('Accept API keys as well as sessions and JWTs.', 'security')),
  FAB_API_KEY_PREFIXES: textList
    .default(['sst_'])
    .describe(describeKey('Prefixes that mark a bearer token as an API key.', 'security')),
  FAB_API_SWAGGER_UI: bool
    .default(true)
    .describe(describeKey('Serve the OpenAPI explorer at /swagger/v1.', 'security')),
  SUPERSET_SECURITY_VIEW_MENU: bool
    .default(true)
    .describe(describeKey('Show the Security menu to administrators.', 'security')),
  SUPERSET_LOG_VIEW: bool
    .default(true)
    .describe(
      describeKey(
        'Show Settings > Security > Action Log in the menu (to roles with menu_access on Action Log). The /api/v1/log/ API stays either way.',
        'foundation',
      ),
    ),
  EXCLUDE_USERS_FROM_LISTS: textList
    .nullable()
    .default(null)
    .describe(describeKey('User names hidden from owner and user pickers.', 'security')),
  GUEST_ROLE_NAME: nonEmptyText
    .default('Public')
    .describe(describeKey('Role whose permissions guest (embedded) users get.', 'security')),
  GUEST_TOKEN_JWT_SECRET: nonEmptyText
    .default('test-guest-secret-change-me')
    .describe(
      describeKey('Secret that signs guest tokens. Change it before embedding.', 'security'),
    ),
  GUEST_TOKEN_JWT_ALGO: nonEmptyText
    .default('HS256')
    .describe(describeKey('JWT algorithm of guest tokens.', 'security')),
  GUEST_TOKEN_JWT_EXP_SECONDS: positiveInt
    .default(300)
    .describe(describeKey('Lifetime of a guest token, in seconds.', 'security')),
  GUEST_TOKEN_JWT_AUDIENCE: textOrNull
    .default(null)
    .describe(describeKey('Audience claim of guest tokens (null: the server URL).', 'security')),
  GUEST_TOKEN_HEADER_NAME: nonEmptyText
    .default('X-GuestToken')
    .describe(describeKey('Request header that carries a guest token.', 'security')),
  GUEST_TOKEN_VALIDATOR_HOOK: functionOrNull<ContextHook>()
    .default(null)
    .describe(
      describeKey('Function given a decoded guest token; return false to reject it.', 'security'),
    ),
  JWT_VERIFY_SUB: bool
    .default(false)
    .describe(describeKey('Check the sub claim of incoming JWTs.', 'security')),
  JWT_ACCESS_TOKEN_EXPIRES: positiveInt
    .default(15 * 60)
    .describe(
      describeKey(
        'Lifetime of an access token from POST /api/v1/security/login or /refresh, in seconds.',
        'foundation',
      ),
    ),
  JWT_REFRESH_TOKEN_EXPIRES: positiveInt
    .default(30 * 24 * 60 * 60)
    .describe(
      describeKey(
        'Lifetime of a refresh token from POST /api/v1/security/login, in seconds (30 days).',
        'foundation',
      ),
    ),
};
