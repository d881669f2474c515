import path from 'node:path';

import { DEFAULT_FEATURE_FLAGS } from '@superset-ts/shared';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import { DEFAULT_SECRET_KEY, loadConfig } from './index.js';
import { makeTempConfigDir, type TempConfigDir } from './testing/temp-config-dir.js';

let temp: TempConfigDir;
beforeEach(async () => {
  temp = await makeTempConfigDir();
});
afterEach(() => temp.cleanup());

describe('loadConfig defaults', () => {
  it("uses Superset's defaults when nothing is configured", async () => {
    const { config, warnings } = await loadConfig({ env: temp.env, cwd: temp.dir });
    const dataDir = path.join(temp.dir, '.superset');

    expect(warnings).toEqual([]);
    expect(config.CONFIG_SOURCE).toBeNull();
    expect(config.DATA_DIR).toBe(dataDir);
    expect(config.SECRET_KEY).toBe(DEFAULT_SECRET_KEY);
    expect(config.SQLALCHEMY_DATABASE_URI).toBe(`sqlite:///${dataDir}/superset.db`);
    expect(config.SQLALCHEMY_DATABASE_URI.startsWith('sqlite:////')).toBe(true);
    expect(config.SQLALCHEMY_EXAMPLES_URI).toBe(`duckdb:///${dataDir}/examples.duckdb`);
    expect(config.ROW_LIMIT).toBe(50_000);
    expect(config.SUPERSET_WEBSERVER_PORT).toBe(8088);
    expect(config.SUPERSET_WEBSERVER_ADDRESS).toBe('0.0.0.0');
    expect(config.WTF_CSRF_ENABLED).toBe(true);
    expect(config.CACHE_CONFIG).toEqual({ CACHE_TYPE: 'NullCache' });
    expect(config.RESULTS_BACKEND).toBeNull();
    expect(config.AUTH_TYPE).toBe('AUTH_DB');
    expect(config.DEBUG).toBe(false);
    expect(config.FEATURE_FLAGS).toEqual(DEFAULT_FEATURE_FLAGS);
    expect(config.ENVIRONMENT_TAG).toBeNull();
  });

  it('puts DATA_DIR at SUPERSET_HOME, resolved against the working directory', async () => {
    const { config } = await loadConfig({
      env: { ...temp.env, SUPERSET_HOME: 'state' },
      cwd: temp.dir,
    });
    expect(config.DATA_DIR).toBe(path.join(temp.dir, 'state'));
    expect(config.SQLALCHEMY_DATABASE_URI).toBe(`sqlite:///${temp.dir}/state/superset.db`);
  });
});

describe('loadConfig precedence', () => {
  const env = () => ({
    ...temp.env,
    SUPERSET_SECRET_KEY: 'from-the-environment-0123456789abcdef',
    SUPERSET__SQLALCHEMY_DATABASE_URI: 'postgresql://superset@db/superset',
    SUPERSET__SQLALCHEMY_EXAMPLES_URI: 'postgresql://superset@db/examples',
    SUPERSET_WEBSERVER_PORT: '9000',
    MAPBOX_API_KEY: 'pk.env',
    FLASK_DEBUG: '1',
  });

  it('reads Superset environment variables over the built-in defaults', async () => {
    const { config } = await loadConfig({ env: env(), cwd: temp.dir });
    expect(config.SECRET_KEY).toBe('from-the-environment-0123456789abcdef');
    expect(config.SQLALCHEMY_DATABASE_URI).toBe('postgresql://superset@db/superset');
    expect(config.SQLALCHEMY_EXAMPLES_URI).toBe('postgresql://superset@db/examples');
    expect(config.SUPERSET_WEBSERVER_PORT).toBe(9000);
    expect(config.MAPBOX_API_KEY).toBe('pk.env');
    expect(config.DEBUG).toBe(true);
  });

  it('lets SUPERSET_DEBUG win over FLASK_DEBUG, and treats empty variables as unset', async () => {
    const { config } = await loadConfig({
      env: { ...temp.env, SUPERSET_DEBUG: 'false', FLASK_DEBUG: 'true', SUPERSET_SECRET_KEY: '' },
      cwd: temp.dir,
    });
    expect(config.DEBUG).toBe(false);
    expect(config.SECRET_KEY).toBe(DEFAULT_SECRET_KEY);
  });

  it('lets the config module win over the environment, and overrides win over both', async () => {
    await temp.write(
      'superset_config.ts',
      'export const SUPERSET_WEBSERVER_PORT = 9100;\nexport const ROW_LIMIT = 10;\n',
    );
    const { config } = await loadConfig({
      env: env(),
      cwd: temp.dir,
      overrides: { ROW_LIMIT: 20 },
    });
    expect(config.SUPERSET_WEBSERVER_PORT).toBe(9100);
    expect(config.ROW_LIMIT).toBe(20);
    expect(config.SECRET_KEY).toBe('from-the-environment-0123456789abcdef');
  });

  it('turns rate limiting on and shows the badge when SUPERSET_ENV names an environment', async () => {
    const production = await loadConfig({
      env: { ...temp.env, SUPERSET_ENV: 'production' },
      cwd: temp.dir,
    });
    expect(production.config.RATELIMIT_ENABLED).toBe(true);
    expect(production.config.ENVIRONMENT_TAG).toBeNull();

    const development = await loadConfig({
      env: { ...temp.env, SUPERSET_ENV: 'development' },
      cwd: temp.dir,
    });
    expect(development.config.ENVIRONMENT_TAG).toEqual({
      text: 'Development',
      color: 'error.base',
    });
    expect(development.config.RATELIMIT_ENABLED).toBe(false);
  });
});
