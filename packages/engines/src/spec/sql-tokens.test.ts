import { describe, expect, it } from 'vitest';
import { isVersionAtLeast } from './server-version.js';
import { tokenizeSql } from './sql-tokens.js';

describe('tokenizeSql', () => {
  it('skips comments and keeps strings and quoted names whole, with their depth', () => {
    const tokens = tokenizeSql(
      `SELECT 'it''s (' AS [a]]b], "x" /* LIMIT 1 */ FROM (SELECT 1) -- LIMIT 2`,
      [
        ['[', ']'],
        ['"', '"'],
      ],
    );
    expect(tokens.map((token) => [token.kind, token.text, token.depth])).toEqual([
      ['word', 'SELECT', 0],
      ['string', "'it''s ('", 0],
      ['word', 'AS', 0],
      ['identifier', '[a]]b]', 0],
      ['symbol', ',', 0],
      ['identifier', '"x"', 0],
      ['word', 'FROM', 0],
      ['symbol', '(', 0],
      ['word', 'SELECT', 1],
      ['number', '1', 1],
      ['symbol', ')', 0],
    ]);
  });
});

describe('isVersionAtLeast', () => {
  it('compares dotted versions and reports unreadable ones as unknown', () => {
    expect(isVersionAtLeast('0.319', '0.319')).toBe(true);
    expect(isVersionAtLeast('0.32', '0.319')).toBe(false);
    expect(isVersionAtLeast('7.10.2', '7.8')).toBe(true);
    expect(isVersionAtLeast('350-e.6', '0.199')).toBe(true);
    expect(isVersionAtLeast(undefined, '0.199')).toBeNull();
    expect(isVersionAtLeast('latest', '0.199')).toBeNull();
  });
});
