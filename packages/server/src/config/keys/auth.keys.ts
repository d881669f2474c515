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
        'How users log in: AUTH_DB (passwords in the metadata database; Werkzeug hashes imported from Superset are accepted and upgraded to argon2id at the next login), AUTH_LDAP (the AUTH_LDAP_* keys), AUTH_OAUTH (OAUTH_PROVIDERS) or AUTH_REMOTE_USER (a trusted proxy, see AUTH_REMOTE_USER_ENV_VAR). AUTH_SAML is accepted but not built yet.',
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
        'Create the account of a person LDAP, an OAuth provider or the AUTH_REMOTE_USER proxy vouches for at their first login, with AUTH_USER_REGISTRATION_ROLE (off: only existing accounts may log in). The AUTH_DB self-registration form is not built yet.',
        'foundation',
      ),
    ),
  AUTH_USER_REGISTRATION_ROLE: nonEmptyText
    .default('Public')
    .describe(
      describeKey(
        'Role given to users registered at their first login (AUTH_USER_REGISTRATION); a role that does not exist is skipped.',
        'foundation',
      ),
    ),
  AUTH_ROLES_MAPPING: textListRecord
    .default({})
    .describe(
      describeKey(
        'Maps LDAP groups (AUTH_LDAP_GROUP_FIELD values) or OAuth role keys to Superset role names, e.g. { "cn=admins,dc=example,dc=org": ["Admin"] }: applied when a user is registered, and at every login with AUTH_ROLES_SYNC_AT_LOGIN. Role names that do not exist are skipped.',
        'foundation',
      ),
    ),
  AUTH_ROLES_SYNC_AT_LOGIN: bool
    .default(false)
    .describe(
      describeKey(
        "Replace an LDAP or OAuth user's roles at every login by those AUTH_ROLES_MAPPING gives their groups (plus AUTH_USER_REGISTRATION_ROLE when registration is on).",
        'foundation',
      ),
    ),
  AUTH_RATE_LIMITED: bool
    .default(true)
    .describe(
      describeKey(
        'Rate-limit login attempts (POST /login/ and POST /api/v1/security/login) per client address.',
        'foundation',
      ),
    ),
  AUTH_RATE_LIMIT: rateLimit
    .default('5 per second')
    .describe(
      describeKey(
        'Login attempts allowed per client address, e.g. "5 per second" or "10 per minute".',
        'foundation',
      ),
    ),
  AUTH_REMOTE_USER_ENV_VAR: nonEmptyText
    .default('REMOTE_USER')
    .describe(
      describeKey(
        "Where AUTH_REMOTE_USER reads the user name, named like Superset's WSGI environ variable: a name starting with HTTP_ is a request header (HTTP_X_PROXY_REMOTE_USER reads X-Proxy-Remote-User); any other name (REMOTE_USER) reads request.remoteUser, which an ADDITIONAL_MIDDLEWARE plugin sets. Security: only use AUTH_REMOTE_USER behind a proxy that authenticates every request and removes that header from what clients send, or anyone can claim any user name.",
        'foundation',
      ),
    ),
  AUTH_LDAP_SERVER: textOrNull
    .default(null)
    .describe(
      describeKey(
        'LDAP server URL, ldap://host:port (StartTLS with AUTH_LDAP_USE_TLS) or ldaps://host:port; required with AUTH_TYPE = AUTH_LDAP.',
        'foundation',
      ),
    ),
  AUTH_LDAP_USE_TLS: bool
    .default(false)
    .describe(
      describeKey(
        'Upgrade an ldap:// connection with StartTLS before sending any password.',
        'foundation',
      ),
    ),
  AUTH_LDAP_ALLOW_SELF_SIGNED: bool
    .default(false)
    .describe(
      describeKey(
        'Accept an LDAP server certificate no trusted CA signed (and any host name): only for testing.',
        'foundation',
      ),
    ),
  AUTH_LDAP_TLS_CACERTFILE: textOrNull
    .default(null)
    .describe(
      describeKey(
        'PEM file of the CA that signs the LDAP server certificate, trusted instead of the system CAs.',
        'foundation',
      ),
    ),
  AUTH_LDAP_BIND_USER: textOrNull
    .default(null)
    .describe(
      describeKey(
        'DN the server binds as to search AUTH_LDAP_SEARCH for the user, whose DN it then binds as with their password; null: bind directly as the user (AUTH_LDAP_USERNAME_FORMAT, AUTH_LDAP_APPEND_DOMAIN).',
        'foundation',
      ),
    ),
  AUTH_LDAP_BIND_PASSWORD: textOrNull
    .default(null)
    .describe(describeKey('Password of AUTH_LDAP_BIND_USER.', 'foundation')),
  AUTH_LDAP_SEARCH: textOrNull
    .default(null)
    .describe(
      describeKey(
        'Base DN searched (whole subtree) for the user; required with AUTH_LDAP_BIND_USER, and needed for registration and role sync with a direct bind.',
        'foundation',
      ),
    ),
  AUTH_LDAP_SEARCH_FILTER: text
    .default('')
    .describe(
      describeKey(
        'Extra LDAP filter a user must match to log in, e.g. "(memberOf=cn=superset,ou=groups,dc=example,dc=org)"; combined as (&<filter>(<uid field>=<escaped user name>)).',
        'foundation',
      ),
    ),
  AUTH_LDAP_UID_FIELD: nonEmptyText
    .default('uid')
    .describe(describeKey('LDAP attribute the user name is searched in.', 'foundation')),
  AUTH_LDAP_FIRSTNAME_FIELD: nonEmptyText
    .default('givenName')
    .describe(
      describeKey('LDAP attribute holding the first name of a registered user.', 'foundation'),
    ),
  AUTH_LDAP_LASTNAME_FIELD: nonEmptyText
    .default('sn')
    .describe(
      describeKey('LDAP attribute holding the last name of a registered user.', 'foundation'),
    ),
  AUTH_LDAP_EMAIL_FIELD: nonEmptyText
    .default('mail')
    .describe(
      describeKey(
        'LDAP attribute holding the e-mail address of a registered user (missing: <user>@email.notfound).',
        'foundation',
      ),
    ),
  AUTH_LDAP_GROUP_FIELD: nonEmptyText
    .default('memberOf')
    .describe(
      describeKey(
        'LDAP attribute listing the group DNs looked up in AUTH_ROLES_MAPPING.',
        'foundation',
      ),
    ),
  AUTH_LDAP_USERNAME_FORMAT: textOrNull
    .default(null)
    .describe(
      describeKey(
        'Template turning a user name into the bind name of a direct bind, e.g. "uid=%s,ou=people,dc=example,dc=org" (the name is DN-escaped in a DN template).',
        'foundation',
      ),
    ),
  AUTH_LDAP_APPEND_DOMAIN: textOrNull
    .default(null)
    .describe(
      describeKey(
        'Domain appended to the user name for a direct bind (user@domain, Active Directory).',
        'foundation',
      ),
    ),
  OAUTH_PROVIDERS: z
    .array(oauthProvider, { error: 'an array of OAuth provider objects' })
    .default([])
    .describe(
      describeKey(
        'OAuth 2.0 providers offered on the login page (AUTH_OAUTH): { name, icon, token_key, whitelist (e-mail regular expressions), remote_app: { client_id, client_secret, server_metadata_url or authorize_url + access_token_url, api_base_url or userinfo_endpoint, client_kwargs: { scope, token_endpoint_auth_method }, authorize_params, access_token_params } }. The login starts at /login/<name>; register /oauth-authorized/<name> as the redirect URI at the provider.',
        'foundation',
      ),
    ),
  OAUTH_USER_INFO: functionOrNull<OAuthUserInfoHook>()
    .default(null)
    .describe(
      describeKey(
        "Function (provider, tokens, userInfo) returning { username, email, first_name, last_name, role_keys? } for an OAuth login; null uses Flask-AppBuilder's names for github, google, okta, auth0 and keycloak and the OpenID Connect claims (preferred_username, email, given_name, family_name, groups) for others.",
        'foundation',
      ),
    ),
  RECAPTCHA_PUBLIC_KEY: text
    .default('')
    .describe(describeKey('reCAPTCHA site key shown on the self-registration form.', 'security')),
  RECAPTCHA_PRIVATE_KEY: text
    .default('')
    .describe(describeKey('reCAPTCHA secret used to check the registration form.', 'security')),
};
