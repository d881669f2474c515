import { z } from 'zod';

import { describeKey } from './capabilities.js';
import { functionOrNull } from './hook-schemas.js';
import type { OAuthUserInfoHook } from './hook-types.js';
import {
  bool,
  nonEmptyText,
  rateLimit,
  text,
  textList,
  textListRecord,
  textOrNull,
} from './value-schemas.js';

/** Authentication methods, by Flask-AppBuilder's constant names. */
export const AUTH_TYPES = [
  'AUTH_DB',
  'AUTH_LDAP',
  'AUTH_REMOTE_USER',
  'AUTH_OAUTH',
  'AUTH_SAML',
] as const;

const oauthProvider = z
  .object(
    {
      name: nonEmptyText,
      icon: text.optional(),
      token_key: text.optional(),
      whitelist: textList.optional(),
      remote_app: z
        .object(
          {
            client_id: nonEmptyText,
            client_secret: text,
            api_base_url: text.optional(),
            access_token_url: text.optional(),
            authorize_url: text.optional(),
            server_metadata_url: text.optional(),
            client_kwargs: z.record(text, z.unknown()).optional(),
          },
          { error: 'an object with client_id and client_secret' },
        )
        .loose(),
    },
    { error: 'an object such as { name, remote_app: { client_id, client_secret, ... } }' },
  )
  .loose();

/** How users log in: the method, self-registration, role mapping, LDAP and OAuth settings. */
export const authKeys = {
  AUTH_TYPE: z
    .enum(AUTH_TYPES)
    .default('AUTH_DB')
    .describe(
      describeKey(
        'How users log in. AUTH_DB (user names and passwords in the metadata database) is live now; AUTH_LDAP, AUTH_OAUTH, AUTH_REMOTE_USER and AUTH_SAML arrive with the security capability.',
        'foundation',
      ),
    ),
  AUTH_ROLE_ADMIN: nonEmptyText
    .default('Admin')
    .describe(describeKey('Name of the built-in administrator role.', 'security')),
  AUTH_ROLE_PUBLIC: nonEmptyText
    .default('Public')
    .describe(describeKey('Name of the role given to anonymous visitors.', 'security')),
  AUTH_USER_REGISTRATION: bool
    .default(false)
    .describe(
      describeKey(
        'Let people create their own account (LDAP and OAuth: create the user at first login).',
        'security',
      ),
    ),
  AUTH_USER_REGISTRATION_ROLE: nonEmptyText
    .default('Public')
    .describe(describeKey('Role given to self-registered users.', 'security')),
  AUTH_ROLES_MAPPING: textListRecord
    .default({})
    .describe(
      describeKey(
        'Maps LDAP groups or OAuth role keys to Superset role names, e.g. { "cn=admins,dc=example,dc=org": ["Admin"] }.',
        'security',
      ),
    ),
  AUTH_ROLES_SYNC_AT_LOGIN: bool
    .default(false)
    .describe(describeKey('Recompute roles from AUTH_ROLES_MAPPING at every login.', 'security')),
  AUTH_RATE_LIMITED: bool
    .default(true)
    .describe(describeKey('Rate-limit login attempts.', 'security')),
  AUTH_RATE_LIMIT: rateLimit
    .default('5 per second')
    .describe(describeKey('Login attempts allowed per client.', 'security')),
  AUTH_REMOTE_USER_ENV_VAR: nonEmptyText
    .default('REMOTE_USER')
    .describe(
      describeKey(
        'Request header a trusted proxy sets to the user name (AUTH_REMOTE_USER).',
        'security',
      ),
    ),
  AUTH_LDAP_SERVER: textOrNull
    .default(null)
    .describe(describeKey('LDAP server URL, e.g. ldap://ldap.example.org.', 'security')),
  AUTH_LDAP_USE_TLS: bool
    .default(false)
    .describe(describeKey('Upgrade the LDAP connection with StartTLS.', 'security')),
  AUTH_LDAP_ALLOW_SELF_SIGNED: bool
    .default(false)
    .describe(describeKey('Accept a self-signed LDAP server certificate.', 'security')),
  AUTH_LDAP_TLS_CACERTFILE: textOrNull
    .default(null)
    .describe(
      describeKey('CA certificate file that signs the LDAP server certificate.', 'security'),
    ),
  AUTH_LDAP_BIND_USER: textOrNull
    .default(null)
    .describe(describeKey('DN used to search the directory (null: bind as the user).', 'security')),
  AUTH_LDAP_BIND_PASSWORD: textOrNull
    .default(null)
    .describe(describeKey('Password of AUTH_LDAP_BIND_USER.', 'security')),
  AUTH_LDAP_SEARCH: textOrNull
    .default(null)
    .describe(describeKey('Base DN under which users are searched.', 'security')),
  AUTH_LDAP_SEARCH_FILTER: text
    .default('')
    .describe(describeKey('Extra LDAP filter a user must match to log in.', 'security')),
  AUTH_LDAP_UID_FIELD: nonEmptyText
    .default('uid')
    .describe(describeKey('LDAP attribute holding the user name.', 'security')),
  AUTH_LDAP_FIRSTNAME_FIELD: nonEmptyText
    .default('givenName')
    .describe(describeKey('LDAP attribute holding the first name.', 'security')),
  AUTH_LDAP_LASTNAME_FIELD: nonEmptyText
    .default('sn')
    .describe(describeKey('LDAP attribute holding the last name.', 'security')),
  AUTH_LDAP_EMAIL_FIELD: nonEmptyText
    .default('mail')
    .describe(describeKey('LDAP attribute holding the e-mail address.', 'security')),
  AUTH_LDAP_GROUP_FIELD: nonEmptyText
    .default('memberOf')
    .describe(
      describeKey('LDAP attribute listing group DNs, read for AUTH_ROLES_MAPPING.', 'security'),
    ),
  AUTH_LDAP_USERNAME_FORMAT: textOrNull
    .default(null)
    .describe(
      describeKey(
        'Template that turns a user name into a bind DN, e.g. "uid=%s,ou=users".',
        'security',
      ),
    ),
  AUTH_LDAP_APPEND_DOMAIN: textOrNull
    .default(null)
    .describe(
      describeKey('Domain appended to the user name when binding (Active Directory).', 'security'),
    ),
  OAUTH_PROVIDERS: z
    .array(oauthProvider, { error: 'an array of OAuth provider objects' })
    .default([])
    .describe(
      describeKey(
        'OAuth providers offered on the login page: { name, icon, token_key, remote_app: { client_id, client_secret, server_metadata_url or authorize_url/access_token_url, api_base_url, client_kwargs } }.',
        'security',
      ),
    ),
  OAUTH_USER_INFO: functionOrNull<OAuthUserInfoHook>()
    .default(null)
    .describe(
      describeKey(
        "Function (provider, tokens, userInfo) returning { username, email, first_name, last_name, role_keys? } for an OAuth login; null uses the provider's standard claims.",
        'security',
      ),
    ),
  RECAPTCHA_PUBLIC_KEY: text
    .default('')
    .describe(describeKey('reCAPTCHA site key shown on the self-registration form.', 'security')),
  RECAPTCHA_PRIVATE_KEY: text
    .default('')
    .describe(describeKey('reCAPTCHA secret used to check the registration form.', 'security')),
};
