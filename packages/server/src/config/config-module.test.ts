import path from 'node:path';

import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import { ConfigLoadError, loadConfig } from './index.js';
import { makeTempConfigDir, type TempConfigDir } from './testing/temp-config-dir.js';

let temp: TempConfigDir;
beforeEach(async () => {
  temp = await makeTempConfigDir();
});
afterEach(() => temp.cleanup());

const load = (env: Record<string, string> = {}) =>
  loadConfig({ env: { ...temp.env, ...env }, cwd: temp.dir });

describe('config module formats', () => {
  it('loads superset_config.ts, with type annotations and a typed default export', async () => {
    const file = await temp.write(
      'superset_config.ts',
      [
        "import type { ConfigInput } from './not-needed-at-run-time.js';",
        'const limit: number = 1234;',
        'export default { ROW_LIMIT: limit, APP_NAME: "Typed" } satisfies ConfigInput;',
      ].join('\n'),
    );
    const { config } = await load();
    expect(config.CONFIG_SOURCE).toBe(file);
    expect(config.ROW_LIMIT).toBe(1234);
    expect(config.APP_NAME).toBe('Typed');
  });

  it('loads superset_config.ts inside an ESM package, default object and named exports alike', async () => {
    await temp.write('package.json', '{ "type": "module" }');
    await temp.write(
      'superset_config.ts',
      'export const ROW_LIMIT: number = 21;\nexport default { ROW_LIMIT: 1, SQL_MAX_ROW: 22 };\n',
    );
    const { config } = await load();
    expect(config.ROW_LIMIT).toBe(21);
    expect(config.SQL_MAX_ROW).toBe(22);
  });

  it('loads superset_config.js and superset_config.mjs', async () => {
    await temp.write('superset_config.js', 'export const ROW_LIMIT = 11;\n');
    expect((await load()).config.ROW_LIMIT).toBe(11);

    const mjs = await temp.write('other.mjs', 'export const ROW_LIMIT = 12;\n');
    expect((await load({ SUPERSET_CONFIG_PATH: mjs })).config.ROW_LIMIT).toBe(12);
  });

  it('loads a CommonJS superset_config.js', async () => {
    await temp.write(
      'superset_config.js',
      'module.exports = { ROW_LIMIT: 14, SQL_MAX_ROW: 15 };\n',
    );
    const { config } = await load();
    expect(config.ROW_LIMIT).toBe(14);
    expect(config.SQL_MAX_ROW).toBe(15);
  });

  it('loads superset_config.json', async () => {
    await temp.write(
      'superset_config.json',
      '{ "ROW_LIMIT": 13, "FEATURE_FLAGS": { "THUMBNAILS": true } }',
    );
    const { config } = await load();
    expect(config.ROW_LIMIT).toBe(13);
    expect(config.FEATURE_FLAGS.THUMBNAILS).toBe(true);
  });

  it('lets named exports override keys of the default object, and ignores lower-case helpers', async () => {
    await temp.write(
      'superset_config.mjs',
      [
        'export const helperPort = () => 9999;',
        'export const ROW_LIMIT = 2;',
        'export default { ROW_LIMIT: 1, SQL_MAX_ROW: 3 };',
      ].join('\n'),
    );
    const { config, warnings } = await load();
    expect(config.ROW_LIMIT).toBe(2);
    expect(config.SQL_MAX_ROW).toBe(3);
    expect(warnings).toEqual([]);
    expect(config).not.toHaveProperty('helperPort');
  });

  it('reads the file SUPERSET_CONFIG_PATH names, relative to the working directory', async () => {
    await temp.write('superset_config.ts', 'export const ROW_LIMIT = 1;\n');
    await temp.write('custom.json', '{ "ROW_LIMIT": 7 }');
    const { config } = await load({ SUPERSET_CONFIG_PATH: 'custom.json' });
    expect(config.ROW_LIMIT).toBe(7);
    expect(config.CONFIG_SOURCE).toBe(path.join(temp.dir, 'custom.json'));
  });

  it('warns which module it used when the working directory holds several', async () => {
    await temp.write('superset_config.json', '{ "ROW_LIMIT": 2 }');
    await temp.write('superset_config.ts', 'export const ROW_LIMIT = 1;\n');
    const { config, warnings } = await load();
    expect(config.ROW_LIMIT).toBe(1);
    expect(warnings).toEqual([
      expect.stringMatching(
        /superset_config\.ts, superset_config\.json\); using superset_config\.ts/,
      ),
    ]);
  });

  it('warns that a Python superset_config.py is not read', async () => {
    await temp.write('superset_config.py', 'ROW_LIMIT = 5\n');
    const { config, warnings } = await load();
    expect(config.ROW_LIMIT).toBe(50_000);
    expect(warnings[0]).toMatch(/superset_config\.py.*not read.*superset_config\.ts/);
  });
});

describe('config module errors', () => {
  it('fails when SUPERSET_CONFIG_PATH names a missing file', async () => {
    const missing = path.join(temp.dir, 'nope.ts');
    const error = await load({ SUPERSET_CONFIG_PATH: missing }).catch((thrown: unknown) => thrown);
    expect(error).toBeInstanceOf(ConfigLoadError);
    expect(error).toMatchObject({ code: 'CONFIG_LOAD_FAILED', file: missing });
    expect((error as Error).message).toContain(
      `${missing}: SUPERSET_CONFIG_PATH names it, but there is no such file.`,
    );
  });

  it('names the file and the position of a JSON syntax error', async () => {
    const file = await temp.write('superset_config.json', '{ "ROW_LIMIT": 5, }');
    const error = await load().catch((thrown: unknown) => thrown);
    expect(error).toBeInstanceOf(ConfigLoadError);
    expect((error as Error).message).toMatch(
      new RegExp(`^Could not load configuration from ${file}: invalid JSON \\(.+\\)$`),
    );
  });

  it('reports a module that throws on import in one line naming the file and the cause', async () => {
    const file = await temp.write(
      'superset_config.ts',
      'throw new TypeError("REDIS_HOST is not set\\nsecond line");\n',
    );
    const error = await load().catch((thrown: unknown) => thrown);
    expect(error).toBeInstanceOf(ConfigLoadError);
    expect((error as Error).message).toBe(
      `Could not load configuration from ${file}: importing it threw TypeError: REDIS_HOST is not set second line`,
    );
  });

  it('shows where a .ts module fails to compile', async () => {
    await temp.write('superset_config.ts', 'export const ROW_LIMIT: number = ;\n');
    await expect(load()).rejects.toThrow(/superset_config\.ts:1:\d+: ERROR: Unexpected ";"/);
  });

  it('refuses a file type it cannot read', async () => {
    const file = await temp.write('superset_config.py', 'ROW_LIMIT = 5\n');
    await expect(load({ SUPERSET_CONFIG_PATH: file })).rejects.toThrow(
      /unsupported file type "\.py"/,
    );
  });
});
