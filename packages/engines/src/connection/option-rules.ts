import { EngineError } from '../spec/engine-error.js';
import type { OptionValue } from './connection-settings.js';

/** The type of one allow-listed option. */
export type OptionRule =
  | { type: 'string'; pattern?: RegExp; maxLength?: number }
  | { type: 'integer'; min?: number; max?: number }
  | { type: 'boolean' }
  | { type: 'enum'; values: readonly string[] };

/** Allow-listed options by name. */
export type OptionRules = Readonly<Record<string, OptionRule>>;

function refuse(where: string, name: string, detail: string): EngineError {
  return new EngineError('UNKNOWN_CONNECTION_PARAMETER', `${where} "${name}" ${detail}.`, {
    parameter: name,
  });
}

/** Checks one value against its rule and returns it typed. */
export function coerceOption(
  where: string,
  name: string,
  rule: OptionRule,
  raw: unknown,
): OptionValue {
  switch (rule.type) {
    case 'boolean': {
      if (typeof raw === 'boolean') return raw;
      const text = String(raw).toLowerCase();
      if (['true', '1', 'yes', 'on'].includes(text)) return true;
      if (['false', '0', 'no', 'off'].includes(text)) return false;
      throw refuse(where, name, 'must be true or false');
    }
    case 'integer': {
      const value = typeof raw === 'number' ? raw : Number(String(raw));
      if (!Number.isInteger(value)) throw refuse(where, name, 'must be a whole number');
      if (
        (rule.min !== undefined && value < rule.min) ||
        (rule.max !== undefined && value > rule.max)
      ) {
        throw refuse(where, name, `must be between ${rule.min ?? '-∞'} and ${rule.max ?? '∞'}`);
      }
      return value;
    }
    case 'enum': {
      const text = String(raw);
      if (!rule.values.includes(text))
        throw refuse(where, name, `must be one of ${rule.values.join(', ')}`);
      return text;
    }
    case 'string': {
      if (typeof raw !== 'string' && typeof raw !== 'number')
        throw refuse(where, name, 'must be text');
      const text = String(raw);
      if (text.length > (rule.maxLength ?? 256)) throw refuse(where, name, 'is too long');
      if (rule.pattern && !rule.pattern.test(text))
        throw refuse(where, name, 'has characters that are not allowed');
      return text;
    }
  }
}

/**
 * Keeps only allow-listed options, typed; any other name is refused with
 * UNKNOWN_CONNECTION_PARAMETER naming it (an allow-list, never a deny-list).
 */
export function applyOptionRules(
  where: string,
  rules: OptionRules,
  entries: Iterable<readonly [string, unknown]>,
): Record<string, OptionValue> {
  const result: Record<string, OptionValue> = {};
  for (const [name, raw] of entries) {
    const rule = Object.hasOwn(rules, name) ? rules[name] : undefined;
    if (!rule) {
      const allowed = Object.keys(rules);
      throw refuse(
        where,
        name,
        allowed.length === 0
          ? 'is not accepted: this engine takes no such options'
          : `is not accepted; this engine takes ${allowed.join(', ')}`,
      );
    }
    result[name] = coerceOption(where, name, rule, raw);
  }
  return result;
}
