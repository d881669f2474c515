import type { Config } from './config-types.js';

/**
 * Whether a feature flag is on: FEATURE_FLAGS (built-in defaults, SUPERSET_FEATURE_* variables
 * and the config module, merged), passed through IS_FEATURE_ENABLED_FUNC when one is set.
 * Unknown flags are off.
 */
export function isFeatureEnabled(
  config: Pick<Config, 'FEATURE_FLAGS' | 'IS_FEATURE_ENABLED_FUNC'>,
  name: string,
): boolean {
  const configured = config.FEATURE_FLAGS[name] === true;
  const decide = config.IS_FEATURE_ENABLED_FUNC;
  return decide === null ? configured : decide(name, configured) === true;
}
