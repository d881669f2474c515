import { DEFAULT_FEATURE_FLAGS } from '@superset-ts/shared';
import { z } from 'zod';

import { describeKey } from './capabilities.js';
import { functionOrNull } from './hook-schemas.js';
import type { GetFeatureFlagsFunc, IsFeatureEnabledFunc } from './hook-types.js';
import { bool, text } from './value-schemas.js';

/** Feature flags and the hooks that decide them at run time. */
export const featureFlagKeys = {
  FEATURE_FLAGS: z
    .record(text, bool, { error: 'an object of flag names to true or false' })
    .default({ ...DEFAULT_FEATURE_FLAGS })
    .describe(
      describeKey(
        'Feature flags, merged over the built-in defaults (custom names allowed). SUPERSET_FEATURE_<NAME>=true|false|1|0 environment variables set them too.',
        'foundation',
      ),
    ),
  IS_FEATURE_ENABLED_FUNC: functionOrNull<IsFeatureEnabledFunc>()
    .default(null)
    .describe(
      describeKey('Function (name, configuredValue) deciding a flag at run time.', 'foundation'),
    ),
  GET_FEATURE_FLAGS_FUNC: functionOrNull<GetFeatureFlagsFunc>()
    .default(null)
    .describe(describeKey('Function (flags) adjusting the flags sent to the browser.', 'web UI')),
};
