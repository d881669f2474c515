/**
 * The capabilities of Superset.ts that give config keys their behaviour. `foundation` keys act
 * now; every other key is parsed and typed now and acts once its capability lands.
 */
export const CAPABILITIES = [
  'foundation',
  'security',
  'databases',
  'SQL Lab',
  'datasets/chart data',
  'explore',
  'dashboards',
  'examples',
  'async workers',
  'caching',
  'reports/alerts',
  'thumbnails',
  'logging/StatsD',
  'CORS & extensions',
  'web UI',
  'import/export',
  'legacy (accepted, no effect)',
] as const;

/** A capability name. */
export type Capability = (typeof CAPABILITIES)[number];

const FOUNDATION_SUFFIX = ' Live now (foundation).';
const LATER_PREFIX = ' Behaviour arrives with: ';

/**
 * The description of a config key: what it means, then which capability implements it, in a
 * fixed wording that `capabilityOf` reads back (the docs and `listConfigKeys` rely on it).
 */
export function describeKey(meaning: string, capability: Capability): string {
  return capability === 'foundation'
    ? `${meaning}${FOUNDATION_SUFFIX}`
    : `${meaning}${LATER_PREFIX}${capability}.`;
}

/** The capability named at the end of a key description, or null when it names none. */
export function capabilityOf(description: string): Capability | null {
  if (description.endsWith(FOUNDATION_SUFFIX)) return 'foundation';
  const start = description.lastIndexOf(LATER_PREFIX);
  if (start === -1 || !description.endsWith('.')) return null;
  const name = description.slice(start + LATER_PREFIX.length, -1);
  return CAPABILITIES.find((capability) => capability === name) ?? null;
}

/** The meaning part of a key description, without the capability sentence. */
export function meaningOf(description: string): string {
  if (description.endsWith(FOUNDATION_SUFFIX))
    return description.slice(0, -FOUNDATION_SUFFIX.length);
  const start = description.lastIndexOf(LATER_PREFIX);
  return start === -1 ? description : description.slice(0, start);
}
