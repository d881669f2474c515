import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import { loadConfig, type ConfigInput } from './index.js';
import { makeTempConfigDir, type TempConfigDir } from './testing/temp-config-dir.js';

let temp: TempConfigDir;
beforeEach(async () => {
  temp = await makeTempConfigDir();
});
afterEach(() => temp.cleanup());

describe('ConfigInput', () => {
  it('types what a module may export, and what it types loads', async () => {
    const input = {
      ROW_LIMIT: 5000,
      CACHE_CONFIG: { CACHE_TYPE: 'RedisCache', CACHE_REDIS_URL: 'redis://cache:6379/0' },
      SQLALCHEMY_CUSTOM_PASSWORD_STORE: (url: string) => `password-for-${url}`,
      FEATURE_FLAGS: { ALERT_REPORTS: true },
    } satisfies ConfigInput;
    // @ts-expect-error a misspelled key is a compile error for typed configs
    const misspelled = { ROW_LIMT: 5000 } satisfies ConfigInput;
    // @ts-expect-error a wrongly typed value is a compile error too
    const wronglyTyped = { ROW_LIMIT: '5000' } satisfies ConfigInput;

    const { config } = await loadConfig({ env: temp.env, cwd: temp.dir, overrides: input });
    expect(config.ROW_LIMIT).toBe(5000);
    expect(config.CACHE_CONFIG.CACHE_TYPE).toBe('RedisCache');
    expect([misspelled, wronglyTyped]).toHaveLength(2);
  });
});
