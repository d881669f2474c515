import { DEFAULT_FEATURE_FLAGS } from '@superset-ts/shared';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import { isFeatureEnabled, loadConfig } from './index.js';
import { makeTempConfigDir, type TempConfigDir } from './testing/temp-config-dir.js';

let temp: TempConfigDir;
beforeEach(async () => {
  temp = await makeTempConfigDir();
});
afterEach(() => temp.cleanup());

describe('feature flags', () => {
  it('merges the module over the environment over the built-in defaults, flag by flag', async () => {
    await temp.write(
      'superset_config.mjs',
      'export const FEATURE_FLAGS = { DASHBOARD_RBAC: true, ALERT_REPORTS: false, MY_TEAM_FLAG: true };\n',
    );
    const { config, warnings } = await loadConfig({
      env: {
        ...temp.env,
        SUPERSET_FEATURE_ALERT_REPORTS: 'true',
        SUPERSET_FEATURE_THUMBNAILS: '1',
        SUPERSET_FEATURE_DRILL_TO_DETAIL: 'FALSE',
      },
      cwd: temp.dir,
    });
    expect(warnings).toEqual([]);
    expect(config.FEATURE_FLAGS).toEqual({
      ...DEFAULT_FEATURE_FLAGS,
      DASHBOARD_RBAC: true,
      ALERT_REPORTS: false,
      THUMBNAILS: true,
      DRILL_TO_DETAIL: false,
      MY_TEAM_FLAG: true,
    });
    expect(isFeatureEnabled(config, 'DASHBOARD_RBAC')).toBe(true);
    expect(isFeatureEnabled(config, 'ALERT_REPORTS')).toBe(false);
    expect(isFeatureEnabled(config, 'MY_TEAM_FLAG')).toBe(true);
    expect(isFeatureEnabled(config, 'NEVER_HEARD_OF_IT')).toBe(false);
  });

  it('lets command-line overrides set single flags without dropping the others', async () => {
    await temp.write(
      'superset_config.mjs',
      'export const FEATURE_FLAGS = { DASHBOARD_RBAC: true };\n',
    );
    const { config } = await loadConfig({
      env: temp.env,
      cwd: temp.dir,
      overrides: { FEATURE_FLAGS: { THUMBNAILS: true } },
    });
    expect(isFeatureEnabled(config, 'DASHBOARD_RBAC')).toBe(true);
    expect(isFeatureEnabled(config, 'THUMBNAILS')).toBe(true);
    expect(isFeatureEnabled(config, 'SQLLAB_BACKEND_PERSISTENCE')).toBe(true);
  });

  it('suggests the built-in flag when a flag name looks like a typo', async () => {
    await temp.write(
      'superset_config.mjs',
      'export const FEATURE_FLAGS = { DASHBOARD_RBCA: true };\n',
    );
    const { warnings } = await loadConfig({ env: temp.env, cwd: temp.dir });
    expect(warnings).toEqual([
      'FEATURE_FLAGS: DASHBOARD_RBCA is not a built-in feature flag; did you mean DASHBOARD_RBAC?',
    ]);
  });

  it('asks IS_FEATURE_ENABLED_FUNC when one is configured', async () => {
    await temp.write(
      'superset_config.mjs',
      'export const IS_FEATURE_ENABLED_FUNC = (name, value) => name === "THUMBNAILS" ? true : value;\n',
    );
    const { config } = await loadConfig({ env: temp.env, cwd: temp.dir });
    expect(isFeatureEnabled(config, 'THUMBNAILS')).toBe(true);
    expect(isFeatureEnabled(config, 'DRILL_TO_DETAIL')).toBe(true);
    expect(isFeatureEnabled(config, 'DASHBOARD_RBAC')).toBe(false);
  });
});
