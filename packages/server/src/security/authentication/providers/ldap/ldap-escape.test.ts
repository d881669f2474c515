import { describe, expect, it } from 'vitest';
import { escapeDnValue, escapeFilterValue, fillPercentTemplate } from './ldap-escape.js';

describe('LDAP escaping', () => {
  it.each([
    ['alice', 'alice'],
    ['*)(uid=*', '\\2a\\29\\28uid=\\2a'],
    ['a\\b', 'a\\5cb'],
    ['nul\0', 'nul\\00'],
    ['jöhn', 'jöhn'],
  ])('escapes the filter value %j as %j', (value, expected) => {
    expect(escapeFilterValue(value)).toBe(expected);
  });

  it.each([
    ['alice', 'alice'],
    ['alice,ou=admins', 'alice\\,ou\\=admins'],
    ['a+b;c<d>"e"', 'a\\+b\\;c\\<d\\>\\"e\\"'],
    ['#lead', '\\#lead'],
    [' spaced ', '\\ spaced\\ '],
  ])('escapes the DN value %j as %j', (value, expected) => {
    expect(escapeDnValue(value)).toBe(expected);
  });

  it('fills a Python-style %s template, keeping %% as a percent sign', () => {
    expect(fillPercentTemplate('uid=%s,ou=people', 'ann')).toBe('uid=ann,ou=people');
    expect(fillPercentTemplate('100%% %s', 'x')).toBe('100% x');
  });
});
