/** A rate as a count per window, e.g. 5 per 1000 ms. */
export interface RateLimit {
  max: number;
  timeWindowMs: number;
}

const UNIT_MS = {
  second: 1000,
  minute: 60_000,
  hour: 3_600_000,
  day: 86_400_000,
  month: 30 * 86_400_000,
  year: 365 * 86_400_000,
} as const;

const RATE = /^\s*(\d+)\s*(?:per|\/)\s*(\d+\s*)?(second|minute|hour|day|month|year)s?\s*$/i;

/**
 * Reads a Flask-Limiter rate string as AUTH_RATE_LIMIT holds it: "5 per second",
 * "10 per minute", "100/hour", "3 per 10 seconds". Throws for anything else (the config
 * schema has already refused it, so this is a programming error).
 */
export function parseRateLimit(rate: string): RateLimit {
  const match = RATE.exec(rate);
  const unit = match?.[3]?.toLowerCase() as keyof typeof UNIT_MS | undefined;
  if (!match?.[1] || !unit) throw new TypeError(`"${rate}" is not a rate such as "5 per second"`);
  const multiple = match[2] === undefined ? 1 : Number(match[2].trim());
  return { max: Number(match[1]), timeWindowMs: multiple * UNIT_MS[unit] };
}
