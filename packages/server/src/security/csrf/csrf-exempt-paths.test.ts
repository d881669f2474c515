import { describe, expect, it } from 'vitest';
import { compileCsrfExemptPaths } from './csrf-exempt-paths.js';

describe('compileCsrfExemptPaths', () => {
  const isExempt = compileCsrfExemptPaths([
    '/api/v1/chart/data',
    '/api/v1/dashboard/*/cache_dashboard_screenshot',
    '/superset/log/',
  ]);

  it.each([
    '/api/v1/chart/data',
    '/api/v1/chart/data/',
    '/api/v1/chart/data?format=json',
    '/api/v1/dashboard/12/cache_dashboard_screenshot/',
    '/superset/log',
  ])('exempts %s', (url) => {
    expect(isExempt(url)).toBe(true);
  });

  it.each([
    '/api/v1/chart/data/extra',
    '/api/v1/chart/dataset',
    '/api/v1/dashboard/cache_dashboard_screenshot',
    '/api/v1/dashboard/1/2/cache_dashboard_screenshot',
    '/x/superset/log/',
    '/api/v1/chart/dat',
  ])('checks %s', (url) => {
    expect(isExempt(url)).toBe(false);
  });

  it('treats regular-expression characters in a pattern literally', () => {
    expect(compileCsrfExemptPaths(['/a.b'])('/axb')).toBe(false);
  });
});
