import { z } from 'zod';

import { describeKey } from './capabilities.js';
import { bool, text, textOrNull } from './value-schemas.js';

/**
 * SIP-15 time-range endpoint keys of Superset 1.x. Superset 2 removed them; they are accepted
 * so older configs load, and have no effect: time ranges are always start-inclusive,
 * end-exclusive.
 */
export const legacyKeys = {
  SIP_15_ENABLED: bool
    .default(true)
    .describe(
      describeKey(
        'Superset 1.x switch for SIP-15 time-range endpoints.',
        'legacy (accepted, no effect)',
      ),
    ),
  SIP_15_GRACE_PERIOD_END: textOrNull
    .default(null)
    .describe(
      describeKey(
        'Superset 1.x date (YYYY-MM-DD) after which legacy endpoints were forced.',
        'legacy (accepted, no effect)',
      ),
    ),
  SIP_15_DEFAULT_TIME_RANGE_ENDPOINTS: z
    .tuple([z.enum(['unknown', 'inclusive', 'exclusive']), z.enum(['inclusive', 'exclusive'])], {
      error: 'a pair such as ["unknown", "inclusive"]',
    })
    .default(['unknown', 'inclusive'])
    .describe(
      describeKey('Superset 1.x default endpoints of time ranges.', 'legacy (accepted, no effect)'),
    ),
  SIP_15_TOAST_MESSAGE: text
    .default(
      'Time ranges now include their start and exclude their end; check this chart and save it.',
    )
    .describe(
      describeKey(
        'Superset 1.x notice shown on charts using legacy endpoints.',
        'legacy (accepted, no effect)',
      ),
    ),
};
