import { TIME_RANGE_API_PATH } from '@superset-ts/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  startDatabaseApiTestApp,
  type DatabaseApiTestApp,
} from '../databases/test-support/database-api-test-app.js';

/**
 * The time range parser under hostile input (security.md rows D6, I1; ASVS 1.3.12): huge
 * ranges and pathological text are a 400 naming the problem, quickly, never a 500.
 */

let api: DatabaseApiTestApp;
const resolve = (q: string) =>
  api.as(api.gamma, 'GET', `${TIME_RANGE_API_PATH}?q=${encodeURIComponent(q)}`);
const rison = (text: string) => `'${text.replace(/!/g, '!!').replace(/'/g, "!'")}'`;

beforeAll(async () => {
  api = await startDatabaseApiTestApp();
});
afterAll(async () => {
  await api.t.close();
});

describe('GET /api/v1/time_range/ with hostile input', () => {
  it('refuses ranges beyond the years 1 to 9999 as a 400, not a server error', async () => {
    for (const range of [
      'Last 99999999999999999999 days',
      'Last 300000 years',
      'DATEADD(DATETIME("now"), -99999999999, year) : now',
      '9999999 years ago : now',
      'now : 99999999 weeks later',
    ]) {
      const response = await resolve(rison(range));
      expect(response.statusCode, range).toBe(400);
      expect(response.json<{ errors: { error_type: string }[] }>().errors[0]?.error_type).toBe(
        'TIME_RANGE_PARSE_ERROR',
      );
    }
    const widest = await resolve(rison('0001-01-01 : 9999-12-31'));
    expect(widest.statusCode, widest.body).toBe(200);
  });

  it('answers pathological text and many ranges quickly', async () => {
    const texts = [
      `last ${' '.repeat(990)}x`,
      `start of last ${' 1'.repeat(490)}`,
      `${'DATEADD('.repeat(120)}now`,
      `${'1'.repeat(999)} days ago : now`,
      `${'a'.repeat(999)}`,
    ];
    const started = performance.now();
    for (const text of texts) {
      expect((await resolve(rison(text))).statusCode, text.slice(0, 20)).toBe(400);
    }
    const many = `!(${Array.from({ length: 100 }, () => `(timeRange:'Last week',shift:'1 year ago')`).join(',')})`;
    expect((await resolve(many)).statusCode).toBe(200);
    expect(performance.now() - started).toBeLessThan(2_000);
    expect((await resolve(rison('x'.repeat(1_001)))).statusCode).toBe(400);
  });
});
