import { describe, expect, it } from 'vitest';
import { formatJsonObject, parseJsonObject } from './json-text';

describe('parseJsonObject', () => {
  it('reads an object, and an empty field as an empty object', () => {
    expect(parseJsonObject('{"connect_args": {"sslmode": "require"}}')).toEqual({
      isValid: true,
      value: { connect_args: { sslmode: 'require' } },
    });
    expect(parseJsonObject('   ')).toEqual({ isValid: true, value: {} });
    expect(parseJsonObject(undefined)).toEqual({ isValid: true, value: {} });
  });

  it("gives the parser's complaint with its position for broken JSON", () => {
    const check = parseJsonObject('{"engine_params": ');
    expect(check.isValid).toBe(false);
    if (check.isValid) return;
    expect(check.problem).toMatch(/^Not valid JSON: /);
    expect(check.problem).toMatch(/JSON/);
    expect(parseJsonObject("{'single': 'quotes'}").isValid).toBe(false);
  });

  it('refuses arrays and scalars, which are valid JSON but not settings', () => {
    for (const text of ['[1, 2]', '42', '"text"', 'null']) {
      expect(parseJsonObject(text)).toEqual({
        isValid: false,
        problem: 'Must be a JSON object, e.g. {"key": "value"}',
      });
    }
  });
});

describe('formatJsonObject', () => {
  it('indents an object and leaves an empty one blank', () => {
    expect(formatJsonObject({ a: 1 })).toBe('{\n  "a": 1\n}');
    expect(formatJsonObject({})).toBe('');
    expect(formatJsonObject(undefined)).toBe('');
  });
});
