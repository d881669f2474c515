import { isJinjaList, isJinjaMapping, type JinjaValue } from './jinja-values.js';

/**
 * How Jinja writes a value into the output, which is Python's `str()`: `None`, `True`,
 * `1.0`, `['a', 'b']`, `{'k': 1}`. Templates written for Superset rely on this, e.g.
 * `IN {{ tuple_of_values }}` or `= {{ flag }}`.
 */
export function printValue(value: JinjaValue): string {
  return value.type === 'StringValue' ? String(value.value) : repr(value);
}

/** Python's `repr()` of a value. */
export function repr(value: JinjaValue): string {
  if (isJinjaList(value)) {
    const items = value.value.map(repr);
    if (value.type !== 'TupleValue') return `[${items.join(', ')}]`;
    return items.length === 1 ? `(${items[0] ?? ''},)` : `(${items.join(', ')})`;
  }
  if (isJinjaMapping(value)) {
    const entries = [...value.value].map(([key, item]) => `${reprString(key)}: ${repr(item)}`);
    return `{${entries.join(', ')}}`;
  }
  switch (value.type) {
    case 'StringValue':
      return reprString(String(value.value));
    case 'BooleanValue':
      return value.value === true ? 'True' : 'False';
    case 'NullValue':
    case 'UndefinedValue':
      return 'None';
    case 'IntegerValue':
      return String(value.value);
    case 'FloatValue':
      return reprFloat(Number(value.value));
    default:
      return '<function>';
  }
}

function reprFloat(value: number): string {
  if (Number.isNaN(value)) return 'nan';
  if (!Number.isFinite(value)) return value > 0 ? 'inf' : '-inf';
  if (Number.isInteger(value) && Math.abs(value) < 1e16) return value.toFixed(1);
  return String(value);
}

/** Python's string repr: single quotes unless the text holds one and no double quote. */
function reprString(text: string): string {
  const quote = text.includes("'") && !text.includes('"') ? '"' : "'";
  let body = '';
  for (const character of text) {
    body += escapeCharacter(character, quote);
  }
  return `${quote}${body}${quote}`;
}

function escapeCharacter(character: string, quote: string): string {
  switch (character) {
    case '\\':
      return '\\\\';
    case '\n':
      return '\\n';
    case '\r':
      return '\\r';
    case '\t':
      return '\\t';
    default: {
      if (character === quote) return `\\${quote}`;
      const code = character.codePointAt(0) ?? 0;
      return code < 0x20 || code === 0x7f ? `\\x${code.toString(16).padStart(2, '0')}` : character;
    }
  }
}
