import { describe, expect, it } from 'vitest';
import { safeRedirectPath } from './safe-redirect.js';

describe('safeRedirectPath', () => {
  it.each([
    ['/superset/welcome/', '/superset/welcome/'],
    ['/dashboard/list/?page=2', '/dashboard/list/?page=2'],
    ['https://evil.example/', '/home'],
    ['//evil.example/', '/home'],
    ['/\\evil.example', '/home'],
    ['javascript:alert(1)', '/home'],
    ['', '/home'],
    [undefined, '/home'],
    ['/a\nb', '/home'],
  ])('%s -> %s', (next, expected) => {
    expect(safeRedirectPath(next, '/home')).toBe(expected);
  });
});
