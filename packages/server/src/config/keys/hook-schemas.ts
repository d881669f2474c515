import { z } from 'zod';

import type {
  Blueprint,
  EventLogger,
  FastifyPlugin,
  SqlValidator,
  StatsLogger,
  TemplateProcessor,
} from './hook-types.js';

/**
 * Schemas for values that carry behaviour. Zod 4 has no function schema, so functions are
 * checked with `z.custom`; the value passes through by reference (the loader never freezes it).
 */

function isFunction(value: unknown): boolean {
  return typeof value === 'function';
}

function hasMethods(value: unknown, names: readonly string[]): boolean {
  if (typeof value !== 'object' || value === null) return false;
  const record = value as Record<string, unknown>;
  return names.every((name) => typeof record[name] === 'function');
}

/** A function of type `T`. */
export function functionValue<T>() {
  return z.custom<T>(isFunction, { error: 'a function' });
}

/** A function of type `T`, or null for "not set". */
export function functionOrNull<T>() {
  return z.custom<T>(isFunction, { error: 'a function or null' }).nullable();
}

/** An object the user hands in by reference (methods keep their `this`), or null. */
export function objectOrNull<T>() {
  return z
    .custom<T>((value) => typeof value === 'object' && value !== null, {
      error: 'an object or null',
    })
    .nullable();
}

/** A Fastify plugin function. */
export const fastifyPlugin = z.custom<FastifyPlugin>(isFunction, {
  error: 'a Fastify plugin (a function)',
});

/** A BLUEPRINTS entry: a plugin, or `{ plugin, prefix }`. */
export const blueprint = z.custom<Blueprint>(
  (value) =>
    isFunction(value) ||
    (hasMethods(value, ['plugin']) &&
      ['string', 'undefined'].includes(typeof (value as { prefix?: unknown }).prefix)),
  { error: 'a Fastify plugin, or { plugin, prefix } with a string prefix' },
);

/** EVENT_LOGGER: an object with `log(event)`, or null for the metadata-DB logger. */
export const eventLoggerOrNull = z
  .custom<EventLogger>((value) => hasMethods(value, ['log']), {
    error: 'an object with a log(event) method, or null',
  })
  .nullable();

/** STATS_LOGGER: an object with `incr`, `decr`, `timing` and `gauge`, or null for no metrics. */
export const statsLoggerOrNull = z
  .custom<StatsLogger>((value) => hasMethods(value, ['incr', 'decr', 'timing', 'gauge']), {
    error: 'an object with incr, decr, timing and gauge methods, or null',
  })
  .nullable();

/** A CUSTOM_TEMPLATE_PROCESSORS entry. */
export const templateProcessor = z.custom<TemplateProcessor>(
  (value) =>
    isFunction(value) || hasMethods(value, ['process']) || hasMethods(value, ['process_template']),
  { error: 'a function or an object with a process(sql, context) method' },
);

/** A SQL_VALIDATORS_BY_ENGINE entry. */
export const sqlValidator = z.custom<SqlValidator>(
  (value) => typeof value === 'string' || hasMethods(value, ['validate']),
  { error: 'a validator name or an object with a validate(sql, context) method' },
);
