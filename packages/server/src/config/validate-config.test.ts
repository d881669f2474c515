import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import { ConfigValidationError, loadConfig } from './index.js';
import { makeTempConfigDir, type TempConfigDir } from './testing/temp-config-dir.js';

let temp: TempConfigDir;
beforeEach(async () => {
  temp = await makeTempConfigDir();
});
afterEach(() => temp.cleanup());

async function loadError(
  module: string,
  env: Record<string, string> = {},
): Promise<ConfigValidationError> {
  await temp.write('superset_config.mjs', module);
  const error = await loadConfig({ env: { ...temp.env, ...env }, cwd: temp.dir }).catch(
    (thrown: unknown) => thrown,
  );
  expect(error).toBeInstanceOf(ConfigValidationError);
  return error as ConfigValidationError;
}

describe('validation problems', () => {
  it('lists every problem at once, one per line, in the order the docs list the keys', async () => {
    const error = await loadError(
      [
        'export const ROW_LIMIT = "abc";',
        'export const WTF_CSRF_ENABLED = "yes";',
        'export const AUTH_TYPE = "AUTH_KERBEROS";',
        'export const CACHE_CONFIG = { CACHE_TYPE: "FileSystemCache" };',
        'export const SUPERSET_WEBSERVER_PORT = "8088";',
      ].join('\n'),
    );
    expect(error.code).toBe('CONFIG_INVALID');
    expect(error.problems.map((problem) => problem.key)).toEqual([
      'SUPERSET_WEBSERVER_PORT',
      'WTF_CSRF_ENABLED',
      'AUTH_TYPE',
      'CACHE_CONFIG.CACHE_DIR',
      'ROW_LIMIT',
    ]);
    const lines = error.message.split('\n');
    expect(lines[0]).toMatch(
      /^Invalid configuration \(config module: .*superset_config\.mjs\), 5 problems:$/,
    );
    expect(lines).toContain('  ROW_LIMIT: got "abc" (string); expected a positive integer');
    expect(lines).toContain('  WTF_CSRF_ENABLED: got "yes" (string); expected true or false');
    expect(lines).toContain(
      '  AUTH_TYPE: got "AUTH_KERBEROS" (string); expected one of "AUTH_DB", "AUTH_LDAP", "AUTH_REMOTE_USER", "AUTH_OAUTH", "AUTH_SAML"',
    );
    expect(lines).toContain(
      '  CACHE_CONFIG.CACHE_DIR: got nothing; expected a directory path (FileSystemCache needs CACHE_DIR)',
    );
    expect(lines).toContain(
      '  SUPERSET_WEBSERVER_PORT: got "8088" (string); expected a port number (1-65535)',
    );
  });

  it('never shows secrets, and masks passwords inside database URLs', async () => {
    const error = await loadError(
      [
        'export const SECRET_KEY = "";',
        'export const SMTP_PASSWORD = 12345;',
        'export const SQLALCHEMY_DATABASE_URI = "postgresql://admin:hunter2@db:5432";',
        'export const SQLALCHEMY_EXAMPLES_URI = 42;',
      ].join('\n'),
    );
    expect(error.message).not.toContain('hunter2');
    expect(error.message).not.toContain('12345');
    expect(error.problems).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ key: 'SECRET_KEY', received: 'a hidden string of 0 characters' }),
        expect.objectContaining({ key: 'SMTP_PASSWORD', received: 'a hidden number' }),
      ]),
    );
    // This URL is well-formed, so only the one without a scheme is a problem; it is shown.
    expect(
      error.problems.find((problem) => problem.key === 'SQLALCHEMY_EXAMPLES_URI'),
    ).toMatchObject({
      received: '42 (number)',
    });
  });

  it('masks the password of a URL that is rejected', async () => {
    const error = await loadError(
      'export const SQLALCHEMY_DATABASE_URI = "user:hunter2@db/superset";',
      {
        SUPERSET__SQLALCHEMY_EXAMPLES_URI: 'not a url',
      },
    );
    expect(error.message).not.toContain('hunter2');
    expect(error.problems).toEqual([
      expect.objectContaining({ key: 'SQLALCHEMY_DATABASE_URI', source: null }),
      {
        key: 'SQLALCHEMY_EXAMPLES_URI',
        received: '"not a url" (string)',
        expected: 'a database URL such as postgresql://user:password@host/superset',
        source: 'environment variable SUPERSET__SQLALCHEMY_EXAMPLES_URI',
      },
    ]);
  });

  it('names the environment variable behind a bad value', async () => {
    const error = await loadError('export const ROW_LIMIT = 5;', {
      SUPERSET_WEBSERVER_PORT: 'eighty',
      FLASK_DEBUG: 'maybe',
      SUPERSET_FEATURE_THUMBNAILS: 'sure',
    });
    expect(error.message.split('\n').slice(1)).toEqual([
      '  SUPERSET_WEBSERVER_PORT: got "eighty" (string); expected a port number (1-65535) (set by environment variable SUPERSET_WEBSERVER_PORT)',
      '  DEBUG: got "maybe" (string); expected true or false (set by environment variable FLASK_DEBUG)',
      '  FEATURE_FLAGS.THUMBNAILS: got "sure" (string); expected true or false (set by environment variable SUPERSET_FEATURE_THUMBNAILS)',
    ]);
  });

  it('names command-line overrides behind a bad value', async () => {
    await temp.write('superset_config.mjs', 'export const ROW_LIMIT = 5;');
    await expect(
      loadConfig({ env: temp.env, cwd: temp.dir, overrides: { SUPERSET_WEBSERVER_PORT: 70_000 } }),
    ).rejects.toThrow(
      'SUPERSET_WEBSERVER_PORT: got 70000 (number); expected a port number (1-65535) (set by command-line override)',
    );
  });
});

describe('function-valued keys', () => {
  it('accepts functions, hook objects and plugins where Superset takes callables', async () => {
    await temp.write(
      'superset_config.mjs',
      [
        'export const SQLALCHEMY_CUSTOM_PASSWORD_STORE = (url) => "pw-for-" + url;',
        'export const EVENT_LOGGER = { log() {} };',
        'export const STATS_LOGGER = { incr() {}, decr() {}, timing() {}, gauge() {} };',
        'export const ADDITIONAL_MIDDLEWARE = [async function audit() {}];',
        'export const BLUEPRINTS = [async function a() {}, { plugin: async function b() {}, prefix: "/ext" }];',
        'export const JINJA_CONTEXT_ADDONS = { my_macro: () => "x", REGION: "eu" };',
        'export const CUSTOM_TEMPLATE_PROCESSORS = { presto: { process: (sql) => sql } };',
        'export const SQL_VALIDATORS_BY_ENGINE = { postgresql: "PostgreSQLValidator", trino: { validate: () => [] } };',
        'export const OAUTH_USER_INFO = (provider, tokens, info) => ({ username: info.login, email: "", first_name: "", last_name: "" });',
        'export const WEBDRIVER_AUTH_FUNC = async () => {};',
        'export const THUMBNAIL_DASHBOARD_DIGEST_FUNC = () => "digest";',
        'export const RESULTS_BACKEND = { CACHE_TYPE: "RedisCache", CACHE_REDIS_URL: "redis://localhost:6379/1", CACHE_KEY_PREFIX: "results", EXTRA_OPTION: 1 };',
      ].join('\n'),
    );
    const { config } = await loadConfig({ env: temp.env, cwd: temp.dir });
    expect(await config.SQLALCHEMY_CUSTOM_PASSWORD_STORE?.('pg')).toBe('pw-for-pg');
    expect(config.BLUEPRINTS).toHaveLength(2);
    expect(config.SQL_VALIDATORS_BY_ENGINE.postgresql).toBe('PostgreSQLValidator');
    expect(config.RESULTS_BACKEND).toMatchObject({ CACHE_TYPE: 'RedisCache', EXTRA_OPTION: 1 });
    expect(config.THUMBNAIL_DASHBOARD_DIGEST_FUNC?.({}, 'owner', 'admin')).toBe('digest');
  });

  it('rejects values of the wrong kind where a function or hook object is expected', async () => {
    const error = await loadError(
      [
        'export const SQLALCHEMY_CUSTOM_PASSWORD_STORE = "secret-store";',
        'export const EVENT_LOGGER = { write() {} };',
        'export const STATS_LOGGER = { incr() {} };',
        'export const ADDITIONAL_MIDDLEWARE = ["cors"];',
        'export const BLUEPRINTS = [{ plugin: async function b() {}, prefix: 5 }];',
        'export const CUSTOM_TEMPLATE_PROCESSORS = { presto: "jinja" };',
      ].join('\n'),
    );
    expect(error.message.split('\n').slice(1)).toEqual([
      '  SQLALCHEMY_CUSTOM_PASSWORD_STORE: got "secret-store" (string); expected a function or null',
      '  CUSTOM_TEMPLATE_PROCESSORS.presto: got "jinja" (string); expected a function or an object with a process(sql, context) method',
      '  EVENT_LOGGER: got an object; expected an object with a log(event) method, or null',
      '  STATS_LOGGER: got an object; expected an object with incr, decr, timing and gauge methods, or null',
      '  ADDITIONAL_MIDDLEWARE[0]: got "cors" (string); expected a Fastify plugin (a function)',
      '  BLUEPRINTS[0]: got an object; expected a Fastify plugin, or { plugin, prefix } with a string prefix',
    ]);
  });
});
