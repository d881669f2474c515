import { z } from 'zod';

/**
 * Reusable value schemas for config keys. Each carries the "expected" wording shown to a user
 * when a value is rejected, so every key with the same shape reports it the same way.
 */

/** An integer greater than zero (row limits, sizes). */
export const positiveInt = z
  .int({ error: 'a positive integer' })
  .positive({ error: 'a positive integer' });

/** An integer of zero or more (zero usually means "no limit"). */
export const nonNegativeInt = z
  .int({ error: 'an integer of 0 or more' })
  .nonnegative({ error: 'an integer of 0 or more' });

/** A duration or size that may be fractional, zero or more. */
export const nonNegativeNumber = z
  .number({ error: 'a number of 0 or more' })
  .nonnegative({ error: 'a number of 0 or more' });

/** A TCP port number. */
export const port = z
  .int({ error: 'a port number (1-65535)' })
  .min(1, { error: 'a port number (1-65535)' })
  .max(65_535, { error: 'a port number (1-65535)' });

/** `true` or `false`. */
export const bool = z.boolean({ error: 'true or false' });

/** Any string. */
export const text = z.string({ error: 'a string' });

/** A string with at least one character. */
export const nonEmptyText = z.string({ error: 'a non-empty string' }).min(1, {
  error: 'a non-empty string',
});

/** A string or null. */
export const textOrNull = z.string({ error: 'a string or null' }).nullable();

/** A list of strings. */
export const textList = z.array(text, { error: 'an array of strings' });

/** A map from names to strings (HTTP headers, engine-to-dialect maps). */
export const textRecord = z.record(text, text, { error: 'an object of string values' });

/** A map from names to lists of strings (role mappings, per-engine deny lists). */
export const textListRecord = z.record(text, textList, { error: 'an object of string arrays' });

/** An object whose values are not checked here (options handed on to a library as they are). */
export const looseRecord = z.record(text, z.unknown(), { error: 'an object' });

/** An object or null whose values are not checked here. */
export const looseRecordOrNull = z
  .record(text, z.unknown(), { error: 'an object or null' })
  .nullable();

/** A database URL such as `postgresql://user:password@host:5432/superset`. */
export const databaseUrl = z
  .string({ error: 'a database URL such as postgresql://user:password@host/superset' })
  .regex(/^[a-z][a-z0-9+.-]*:\/\//i, {
    error: 'a database URL such as postgresql://user:password@host/superset',
  });

/** A rate in flask-limiter's notation: `5 per second`, `100/minute`, `1000 per 1 hour`. */
export const rateLimit = z
  .string({ error: 'a rate such as "5 per second"' })
  .regex(/^\s*\d+\s*(per|\/)\s*(\d+\s*)?(second|minute|hour|day|month|year)s?\s*$/i, {
    error: 'a rate such as "5 per second"',
  });

/** A cron expression of five fields, e.g. `0 0 * * *`. */
export const cronExpression = z
  .string({ error: 'a cron expression such as "0 0 * * *"' })
  .regex(/^\s*\S+(\s+\S+){4,5}\s*$/, { error: 'a cron expression such as "0 0 * * *"' });

/** A cookie SameSite policy, or null to omit the attribute. */
export const sameSite = z
  .enum(['Lax', 'Strict', 'None'], { error: 'one of "Lax", "Strict", "None" or null' })
  .nullable();
