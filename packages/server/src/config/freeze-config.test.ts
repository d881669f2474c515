import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import { loadConfig } from './index.js';
import { makeTempConfigDir, type TempConfigDir } from './testing/temp-config-dir.js';

let temp: TempConfigDir;
beforeEach(async () => {
  temp = await makeTempConfigDir();
});
afterEach(() => temp.cleanup());

describe('the loaded config is read-only', () => {
  it('throws on assignment at any depth', async () => {
    await temp.write(
      'superset_config.mjs',
      'export const CACHE_CONFIG = { CACHE_TYPE: "SimpleCache", CACHE_DEFAULT_TIMEOUT: 60 };\n',
    );
    const { config } = await loadConfig({ env: temp.env, cwd: temp.dir });
    const writable = config as unknown as {
      ROW_LIMIT: number;
      CACHE_CONFIG: { CACHE_TYPE: string };
      FEATURE_FLAGS: Record<string, boolean>;
      WTF_CSRF_EXEMPT_LIST: string[];
      TALISMAN_CONFIG: { content_security_policy: Record<string, unknown> };
    };
    expect(() => {
      writable.ROW_LIMIT = 1;
    }).toThrow(TypeError);
    expect(() => {
      writable.CACHE_CONFIG.CACHE_TYPE = 'RedisCache';
    }).toThrow(TypeError);
    expect(() => {
      writable.FEATURE_FLAGS.THUMBNAILS = true;
    }).toThrow(TypeError);
    expect(() => writable.WTF_CSRF_EXEMPT_LIST.push('/api/v1/anything')).toThrow(TypeError);
    expect(() => {
      writable.TALISMAN_CONFIG.content_security_policy['script-src'] = "'unsafe-eval'";
    }).toThrow(TypeError);
    expect(config.ROW_LIMIT).toBe(50_000);
  });

  it("leaves the user's hook objects and plugins as they were handed in", async () => {
    await temp.write(
      'superset_config.mjs',
      [
        'export const EVENT_LOGGER = { count: 0, log() { this.count += 1; } };',
        'export const STATS_LOGGER = new (class { incr() {} decr() {} timing() {} gauge() {} })();',
        'export function plugin() {}',
        'export const BLUEPRINTS = [plugin];',
      ].join('\n'),
    );
    const { config } = await loadConfig({ env: temp.env, cwd: temp.dir });
    const logger = config.EVENT_LOGGER as unknown as { count: number; log(): void };
    logger.log();
    expect(logger.count).toBe(1);
    expect(Object.isFrozen(config.STATS_LOGGER)).toBe(false);
    expect(Object.isFrozen(config.BLUEPRINTS[0])).toBe(false);
    expect(Object.isFrozen(config.BLUEPRINTS)).toBe(true);
  });
});
