import { z } from 'zod';

import { describeKey } from './capabilities.js';
import {
  bool,
  nonEmptyText,
  nonNegativeInt,
  positiveInt,
  rateLimit,
  sameSite,
  text,
  textList,
  textOrNull,
} from './value-schemas.js';

/** Superset's placeholder SECRET_KEY; a production server refuses to start with it. */
export const DEFAULT_SECRET_KEY = 'CHANGE_ME_TO_A_COMPLEX_RANDOM_SECRET';

const cspDirectives = z.record(text, z.union([text, textList]), {
  error: 'an object of CSP directives (string or string-array values)',
});

const talismanConfig = z
  .object(
    {
      content_security_policy: cspDirectives.nullable().optional(),
      content_security_policy_nonce_in: textList.optional(),
      force_https: z.boolean({ error: 'true or false' }).optional(),
      session_cookie_secure: z.boolean({ error: 'true or false' }).optional(),
    },
    { error: 'an object such as { content_security_policy: { ... } }' },
  )
  .loose();

const contentSecurityPolicy = {
  'base-uri': ["'self'"],
  'default-src': ["'self'"],
  'img-src': ["'self'", 'blob:', 'data:', 'https://avatars.slack-edge.com'],
  'worker-src': ["'self'", 'blob:'],
  'connect-src': ["'self'", 'https://api.mapbox.com', 'https://events.mapbox.com'],
  'object-src': "'none'",
  'style-src': ["'self'", "'unsafe-inline'"],
  'script-src': ["'self'", "'strict-dynamic'"],
};

/** Secret key, sessions and cookies, CSRF, security headers, rate limits and content guards. */
export const securityKeys = {
  SECRET_KEY: nonEmptyText
    .default(DEFAULT_SECRET_KEY)
    .describe(
      describeKey(
        'Signs session cookies and encrypts stored database passwords. Set it to a long random string (openssl rand -base64 42); the environment variable SUPERSET_SECRET_KEY provides it too.',
        'foundation',
      ),
    ),
  PREVIOUS_SECRET_KEY: textOrNull
    .default(null)
    .describe(
      describeKey(
        'The SECRET_KEY before a rotation: `superset re-encrypt-secrets` decrypts stored database secrets with it and encrypts them again with SECRET_KEY (its --previous_secret_key flag takes precedence).',
        'databases',
      ),
    ),
  SESSION_COOKIE_NAME: nonEmptyText
    .default('session')
    .describe(describeKey('Name of the session cookie.', 'foundation')),
  SESSION_COOKIE_HTTPONLY: bool
    .default(true)
    .describe(describeKey('Hide the session cookie from scripts in the page.', 'foundation')),
  SESSION_COOKIE_SECURE: bool
    .default(false)
    .describe(
      describeKey(
        'Send the session cookie over HTTPS only. Turn on behind TLS; a request that arrived over HTTPS (X-Forwarded-Proto under ENABLE_PROXY_FIX) gets a Secure cookie either way.',
        'foundation',
      ),
    ),
  SESSION_COOKIE_SAMESITE: sameSite
    .default('Lax')
    .describe(describeKey('SameSite attribute of the session cookie.', 'foundation')),
  SESSION_COOKIE_DOMAIN: textOrNull
    .default(null)
    .describe(
      describeKey('Domain attribute of the session cookie (null: the host only).', 'foundation'),
    ),
  PERMANENT_SESSION_LIFETIME: positiveInt
    .default(31 * 24 * 60 * 60)
    .describe(describeKey('Lifetime of a login session, in seconds (31 days).', 'foundation')),
  SESSION_SERVER_SIDE: bool
    .default(false)
    .describe(
      describeKey('Keep sessions on the server instead of in a signed cookie.', 'security'),
    ),
  WTF_CSRF_ENABLED: bool
    .default(true)
    .describe(
      describeKey(
        'Require a CSRF token (header X-CSRFToken, from GET /api/v1/security/csrf_token/) on state-changing requests made with a session cookie, and on the login form.',
        'foundation',
      ),
    ),
  WTF_CSRF_EXEMPT_LIST: textList
    .default([
      '/api/v1/chart/data',
      '/api/v1/dashboard/*/cache_dashboard_screenshot',
      '/superset/log/',
      '/superset/explore_json/',
      '/datasource/samples',
    ])
    .describe(
      describeKey(
        'Endpoints exempt from CSRF checks. Superset lists Python view names; Superset.ts lists URL paths, where * matches one path segment.',
        'foundation',
      ),
    ),
  WTF_CSRF_TIME_LIMIT: positiveInt
    .nullable()
    .default(7 * 24 * 60 * 60)
    .describe(
      describeKey(
        'Lifetime of a CSRF token in seconds (null: as long as the session).',
        'foundation',
      ),
    ),
  TALISMAN_ENABLED: bool
    .default(true)
    .describe(
      describeKey('Send security headers, including a Content-Security-Policy.', 'foundation'),
    ),
  TALISMAN_CONFIG: talismanConfig
    .default({
      content_security_policy: contentSecurityPolicy,
      content_security_policy_nonce_in: ['script-src'],
      force_https: false,
      session_cookie_secure: false,
    })
    .describe(describeKey('Security-header settings used outside debug mode.', 'security')),
  TALISMAN_DEV_CONFIG: talismanConfig
    .default({
      content_security_policy: {
        ...contentSecurityPolicy,
        'script-src': ["'self'", "'strict-dynamic'", "'unsafe-eval'"],
      },
      content_security_policy_nonce_in: ['script-src'],
      force_https: false,
      session_cookie_secure: false,
    })
    .describe(describeKey('Security-header settings used in debug mode.', 'security')),
  CONTENT_SECURITY_POLICY_WARNING: bool
    .default(true)
    .describe(
      describeKey('Warn at start-up when no Content-Security-Policy is configured.', 'security'),
    ),
  RATELIMIT_ENABLED: bool
    .default(false)
    .describe(
      describeKey(
        'Rate-limit every request. On by default when SUPERSET_ENV is "production".',
        'security',
      ),
    ),
  RATELIMIT_APPLICATION: rateLimit
    .default('50 per second')
    .describe(describeKey('Application-wide request rate when rate limiting is on.', 'security')),
  RATELIMIT_STORAGE_URI: nonEmptyText
    .default('memory://')
    .describe(
      describeKey('Where rate-limit counters live: memory:// or a redis:// URL.', 'security'),
    ),
  HASH_ALGORITHM: z
    .enum(['sha256', 'md5'])
    .default('sha256')
    .describe(describeKey('Digest used for cache keys, thumbnails and permalinks.', 'caching')),
  HASH_ALGORITHM_FALLBACKS: z
    .array(z.enum(['sha256', 'md5']), { error: 'an array of "sha256" or "md5"' })
    .default(['md5'])
    .describe(
      describeKey('Digests tried when reading values written with an older one.', 'caching'),
    ),
  HTML_SANITIZATION: bool
    .default(true)
    .describe(describeKey('Sanitize HTML in Markdown and handlebars charts.', 'dashboards')),
  HTML_SANITIZATION_SCHEMA_EXTENSIONS: z
    .record(text, z.unknown(), { error: 'an object' })
    .default({})
    .describe(describeKey('Extra tags and attributes the HTML sanitizer allows.', 'dashboards')),
  DATASET_IMPORT_ALLOWED_DATA_URLS: textList
    .default(['.*'])
    .describe(
      describeKey(
        'Regular expressions of URLs a dataset import may fetch data from.',
        'import/export',
      ),
    ),
  PREVENT_UNSAFE_DEFAULT_URLS_ON_DATASET: bool
    .default(true)
    .describe(
      describeKey(
        'Only accept relative URLs as a dataset default endpoint.',
        'datasets/chart data',
      ),
    ),
  ZIPPED_FILE_MAX_SIZE: positiveInt
    .default(100 * 1024 * 1024)
    .describe(
      describeKey('Largest uncompressed size of an imported ZIP, in bytes.', 'import/export'),
    ),
  ZIP_FILE_MAX_COMPRESS_RATIO: nonNegativeInt
    .default(200)
    .describe(describeKey('Highest compression ratio an imported ZIP may have.', 'import/export')),
};
