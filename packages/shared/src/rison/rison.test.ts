import { describe, expect, it } from 'vitest';
import { RisonSyntaxError, encodeRison, parseRison } from './rison.js';

describe('parseRison', () => {
  it('reads a Superset list query', () => {
    expect(
      parseRison(
        '(filters:!((col:username,opr:ct,value:ada),(col:active,opr:eq,value:!t)),order_column:changed_on,order_direction:desc,page:0,page_size:25)',
      ),
    ).toEqual({
      filters: [
        { col: 'username', opr: 'ct', value: 'ada' },
        { col: 'active', opr: 'eq', value: true },
      ],
      order_column: 'changed_on',
      order_direction: 'desc',
      page: 0,
      page_size: 25,
    });
  });

  it.each([
    ['!n', null],
    ['!f', false],
    ['-1.5e3', -1500],
    ["'it!'s 100!!'", "it's 100!"],
    ["''", ''],
    ['!()', []],
    ['()', {}],
    ["(a:'x y',b:!(1,!t))", { a: 'x y', b: [1, true] }],
  ])('reads %s', (text, value) => {
    expect(parseRison(text)).toEqual(value);
  });

  it.each(['(a:1', '!(1,2', "'open", '!x', '(a:1)x', '', '(:1)', '(a 1)'])(
    'refuses %s with its position',
    (text) => {
      expect(() => parseRison(text)).toThrow(RisonSyntaxError);
    },
  );

  it('keeps a "__proto__" key as a plain key', () => {
    const value = parseRison('(__proto__:(polluted:!t))') as Record<string, unknown>;
    expect(Object.getPrototypeOf(value)).toBe(Object.prototype);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe('encodeRison', () => {
  it('writes what parseRison reads back', () => {
    const value = {
      filters: [{ col: 'email', opr: 'ct', value: "o'hara@x.org" }],
      order_column: 'username',
      page: 2,
      active: false,
      empty: '',
      spaced: 'two words',
      numeric: '42',
      nothing: null,
    };
    const text = encodeRison(value);
    expect(text).toContain("value:'o!'hara@x.org'");
    expect(text).toContain("numeric:'42'");
    expect(parseRison(text)).toEqual(value);
  });

  it('leaves out undefined entries', () => {
    expect(encodeRison({ a: 1, b: undefined })).toBe('(a:1)');
  });
});
