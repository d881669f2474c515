/** The numeric parts of a version such as `0.319` or `350-e.6` (`[350]`); null when none. */
function numericParts(version: string): number[] | null {
  const match = /^\s*v?(\d+(?:\.\d+)*)/.exec(version);
  return match?.[1] ? match[1].split('.').map(Number) : null;
}

/**
 * Whether `version` is at least `minimum`, comparing dotted numbers. Null when the version
 * is missing or cannot be read, so callers choose their own default.
 */
export function isVersionAtLeast(version: string | undefined, minimum: string): boolean | null {
  if (version === undefined) return null;
  const have = numericParts(version);
  const need = numericParts(minimum);
  if (!have || !need) return null;
  for (let index = 0; index < Math.max(have.length, need.length); index += 1) {
    const a = have[index] ?? 0;
    const b = need[index] ?? 0;
    if (a !== b) return a > b;
  }
  return true;
}
