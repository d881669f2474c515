import type { OptionRule, OptionRules } from '../connection/option-rules.js';

/** One allow-listed option as a reader needs it: its name and what values it takes. */
export function describeOptionRule(name: string, rule: OptionRule): string {
  switch (rule.type) {
    case 'boolean':
      return `\`${name}\` (true/false)`;
    case 'integer':
      return `\`${name}\` (whole number${rangeOf(rule.min, rule.max)})`;
    case 'enum':
      return `\`${name}\` (${rule.values.join(', ')})`;
    case 'string':
      return `\`${name}\` (text)`;
  }
}

function rangeOf(min: number | undefined, max: number | undefined): string {
  if (min !== undefined && max !== undefined) return ` ${min}-${max}`;
  if (min !== undefined) return ` from ${min}`;
  if (max !== undefined) return ` up to ${max}`;
  return '';
}

/** Every allow-listed option of a list, or "none" when the engine takes none. */
export function describeOptionRules(rules: OptionRules): string {
  const names = Object.keys(rules);
  if (names.length === 0) return 'none';
  return names.map((name) => describeOptionRule(name, rules[name] as OptionRule)).join(', ');
}
