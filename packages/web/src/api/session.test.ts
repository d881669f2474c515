import { HOME_PATH } from '@superset-ts/shared';
import { describe, expect, it } from 'vitest';
import { loginUrl, toSafeRedirect } from './session';

describe('toSafeRedirect', () => {
  it('keeps a path on this site', () => {
    expect(toSafeRedirect('/superset/welcome/?tab=mine')).toBe('/superset/welcome/?tab=mine');
  });

  it.each([
    'https://evil.example/',
    '//evil.example/',
    '/\\evil.example',
    'javascript:alert(1)',
    42,
  ])('replaces %s with the home page', (target) => {
    expect(toSafeRedirect(target)).toBe(HOME_PATH);
  });
});

describe('loginUrl', () => {
  it('encodes the page to return to', () => {
    expect(loginUrl('/superset/welcome/?a=1&b=2')).toBe(
      '/login/?next=%2Fsuperset%2Fwelcome%2F%3Fa%3D1%26b%3D2',
    );
    expect(loginUrl(null)).toBe('/login/');
  });
});
