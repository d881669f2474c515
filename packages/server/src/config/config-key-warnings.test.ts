import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import { loadConfig } from './index.js';
import { makeTempConfigDir, type TempConfigDir } from './testing/temp-config-dir.js';

let temp: TempConfigDir;
beforeEach(async () => {
  temp = await makeTempConfigDir();
});
afterEach(() => temp.cleanup());

describe('warnings about config keys', () => {
  it('warns about an unknown key, suggests the close known one, and still loads', async () => {
    const file = await temp.write(
      'superset_config.mjs',
      'export const ROW_LIMT = 10;\nexport const SQLALCHEMY_DATABASE_URL = "sqlite:////tmp/x.db";\nexport const MY_COMPANY_SETTING = 1;\n',
    );
    const { config, warnings } = await loadConfig({ env: temp.env, cwd: temp.dir });
    expect(config.ROW_LIMIT).toBe(50_000);
    expect(warnings).toEqual([
      `${file}: unknown config key ROW_LIMT is ignored (did you mean ROW_LIMIT?).`,
      `${file}: unknown config key SQLALCHEMY_DATABASE_URL is ignored (did you mean SQLALCHEMY_DATABASE_URI?).`,
      `${file}: unknown config key MY_COMPANY_SETTING is ignored.`,
    ]);
  });

  it('points out a helper whose name is a known key in the wrong case', async () => {
    await temp.write('superset_config.mjs', 'export const row_limit = 10;\n');
    const { config, warnings } = await loadConfig({ env: temp.env, cwd: temp.dir });
    expect(config.ROW_LIMIT).toBe(50_000);
    expect(warnings[0]).toMatch(/"row_limit" is not UPPER_CASE.*did you mean ROW_LIMIT\?/);
  });

  it('refuses to let the module set DATA_DIR, pointing at SUPERSET_HOME', async () => {
    await temp.write('superset_config.mjs', 'export const DATA_DIR = "/elsewhere";\n');
    const { config, warnings } = await loadConfig({ env: temp.env, cwd: temp.dir });
    expect(config.DATA_DIR).not.toBe('/elsewhere');
    expect(warnings[0]).toMatch(/DATA_DIR is derived .*SUPERSET_HOME/);
  });

  it('warns about unknown overrides too', async () => {
    const { warnings } = await loadConfig({
      env: temp.env,
      cwd: temp.dir,
      overrides: { SUPERSET_WEBSERVER_PROT: 1 },
    });
    expect(warnings).toEqual([
      'overrides: unknown config key SUPERSET_WEBSERVER_PROT is ignored (did you mean SUPERSET_WEBSERVER_PORT?).',
    ]);
  });
});
