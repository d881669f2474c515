import { describe, expect, it } from 'vitest';

import { buildConfigSchema } from './config-schema.js';
import { listConfigKeys } from './index.js';

const keys = listConfigKeys();
const names = keys.map((entry) => entry.key);

/** Keys Superset's installation documentation names; each must be parsed and documented. */
const INSTALLATION_DOC_KEYS = [
  'ROW_LIMIT',
  'SUPERSET_WEBSERVER_PORT',
  'SECRET_KEY',
  'SQLALCHEMY_DATABASE_URI',
  'WTF_CSRF_ENABLED',
  'WTF_CSRF_EXEMPT_LIST',
  'WTF_CSRF_TIME_LIMIT',
  'MAPBOX_API_KEY',
  'COMPRESS_REGISTER',
  'FAB_UPDATE_PERMS',
  'ENABLE_PROXY_FIX',
  'CACHE_CONFIG',
  'FEATURE_FLAGS',
  'CELERY_CONFIG',
  'RESULTS_BACKEND',
  'RESULTS_BACKEND_USE_MSGPACK',
  'SQLALCHEMY_CUSTOM_PASSWORD_STORE',
  'ENABLE_CORS',
  'CORS_OPTIONS',
  'SUPERSET_WEBSERVER_DOMAINS',
  'ADDITIONAL_MIDDLEWARE',
  'EVENT_LOGGER',
  'STATS_LOGGER',
  'BLUEPRINTS',
  'JINJA_CONTEXT_ADDONS',
  'CUSTOM_TEMPLATE_PROCESSORS',
  'SQL_VALIDATORS_BY_ENGINE',
  'SCHEDULED_QUERIES',
  'AUTH_TYPE',
  'OAUTH_PROVIDERS',
  'AUTH_USER_REGISTRATION',
  'AUTH_USER_REGISTRATION_ROLE',
];

describe('listConfigKeys', () => {
  it('covers every key the installation documentation names', () => {
    expect(names).toEqual(expect.arrayContaining(INSTALLATION_DOC_KEYS));
    for (const prefix of ['SMTP_', 'EMAIL_REPORTS_', 'WEBDRIVER_', 'THUMBNAIL_', 'SIP_15_']) {
      expect(names.filter((name) => name.startsWith(prefix)).length).toBeGreaterThan(1);
    }
  });

  it('lists each key of the schema exactly once', () => {
    expect(new Set(names).size).toBe(names.length);
    expect([...names].sort()).toEqual(Object.keys(buildConfigSchema('/data').shape).sort());
  });

  it('describes every key and names the capability that implements it', () => {
    for (const entry of keys) {
      expect(entry.description.length, entry.key).toBeGreaterThan(20);
      expect(entry.capability, entry.key).not.toBeNull();
    }
    const foundation = keys
      .filter((entry) => entry.capability === 'foundation')
      .map((entry) => entry.key);
    expect(foundation).toEqual(
      expect.arrayContaining([
        'SECRET_KEY',
        'SQLALCHEMY_DATABASE_URI',
        'DEBUG',
        'SESSION_COOKIE_SECURE',
      ]),
    );
    expect(foundation).not.toContain('ROW_LIMIT');
  });

  it('shows defaults under the data directory with a placeholder', () => {
    const uri = keys.find((entry) => entry.key === 'SQLALCHEMY_DATABASE_URI');
    expect(uri?.defaultValue).toBe('sqlite:///<DATA_DIR>/superset.db');
  });
});
