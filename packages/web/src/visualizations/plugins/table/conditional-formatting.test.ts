import { describe, expect, it } from 'vitest';
import {
  cellBackground,
  createCellColorRules,
  parseConditionalFormatting,
} from './conditional-formatting';

const values = [0, 25, 50, 75, 100];
const colorize = (rules: unknown[]) =>
  createCellColorRules(parseConditionalFormatting(rules), () => values);

describe('conditional formatting', () => {
  it('shades values past the target, more opaque towards the extreme', () => {
    const rules = colorize([
      { column: 'count', operator: '>', targetValue: 50, colorScheme: '#5ac189' },
    ]);
    expect(cellBackground(rules, 'count', 40)).toBeUndefined();
    expect(cellBackground(rules, 'count', 50)).toBeUndefined();
    expect(cellBackground(rules, 'count', 75)).toBe('rgba(90, 193, 137, 0.53)');
    expect(cellBackground(rules, 'count', 100)).toBe('rgba(90, 193, 137, 1)');
    expect(cellBackground(rules, 'other', 100)).toBeUndefined();
  });

  it('reads ranges, ASCII operators, and colours in the forms editors store', () => {
    const rules = colorize([
      {
        column: 'a',
        operator: '≤ x ≤',
        targetValueLeft: 20,
        targetValueRight: 60,
        colorScheme: 'rgb(255, 0, 0)',
      },
      { column: 'b', operator: '<=', targetValue: '25', colorScheme: { r: 0, g: 0, b: 255, a: 1 } },
      { column: 'c', operator: '=', targetValue: 50, colorScheme: 'colorSuccess' },
    ]);
    expect(cellBackground(rules, 'a', 20)).toBe('rgba(255, 0, 0, 0.05)');
    expect(cellBackground(rules, 'a', 61)).toBeUndefined();
    expect(cellBackground(rules, 'b', 0)).toBe('rgba(0, 0, 255, 1)');
    expect(cellBackground(rules, 'c', 50)).toBe('rgba(82, 196, 26, 1)');
  });

  it('lets a later rule of the same column win, and ignores non-numeric cells', () => {
    const rules = colorize([
      { column: 'count', operator: '>', targetValue: 0, colorScheme: '#000000' },
      { column: 'count', operator: '>', targetValue: 90, colorScheme: '#ffffff' },
    ]);
    expect(cellBackground(rules, 'count', 95)).toBe('rgba(255, 255, 255, 0.53)');
    expect(cellBackground(rules, 'count', 10)).toMatch(/^rgba\(0, 0, 0,/);
    expect(cellBackground(rules, 'count', 'n/a')).toBeUndefined();
    expect(cellBackground(rules, 'count', null)).toBeUndefined();
  });

  it('drops rules that cannot apply: no colour, no target, unknown operator', () => {
    expect(
      parseConditionalFormatting([
        { column: 'a', operator: '>', colorScheme: '#fff' },
        { column: 'a', operator: '>', targetValue: 1 },
        { column: 'a', operator: 'LIKE', targetValue: 1, colorScheme: '#fff' },
        { column: 'a', operator: '< x <', targetValueLeft: 1, colorScheme: '#fff' },
        'not a rule',
      ]),
    ).toEqual([]);
  });

  it('shades the whole range with the None operator, from transparent up', () => {
    const rules = colorize([{ column: 'count', operator: 'None', colorScheme: '#000' }]);
    expect(cellBackground(rules, 'count', 0)).toBe('rgba(0, 0, 0, 0)');
    expect(cellBackground(rules, 'count', 50)).toBe('rgba(0, 0, 0, 0.5)');
  });
});
