import { TIME_RANGE_API_PATH } from '@superset-ts/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addUser, createTestApp, type TestApp } from '../../app/test-support/test-app.js';
import { loginHeaders, type BrowserHeaders } from '../session/test-support/session-client.js';
import { createTimeRangeService } from './time-range.service.js';

describe('GET /api/v1/time_range/', () => {
  let t: TestApp;
  let gamma: BrowserHeaders;

  const get = (q: string | null, headers: BrowserHeaders = gamma) =>
    t.app.inject({
      method: 'GET',
      url: q === null ? TIME_RANGE_API_PATH : `${TIME_RANGE_API_PATH}?q=${encodeURIComponent(q)}`,
      headers,
    });

  beforeAll(async () => {
    t = await createTestApp();
    await addUser(t.metadataDb, { username: 'gina', password: 'pw-gina-123', roles: ['Gamma'] });
    gamma = await loginHeaders(t.app, 'gina', 'pw-gina-123');
  });
  afterAll(async () => t.close());

  it('answers since and until of one range, ISO without a zone', async () => {
    const response = await get("'2024-01-01 : 2024-02-01T12:30:00'");
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({
      result: [
        {
          since: '2024-01-01T00:00:00',
          until: '2024-02-01T12:30:00',
          timeRange: '2024-01-01 : 2024-02-01T12:30:00',
          shift: null,
        },
      ],
    });
  });

  it('answers a list of ranges with shifts, and empty bounds for No filter', async () => {
    const response = await get(
      "!((timeRange:'2024-03-01 : 2024-04-01',shift:'1 year ago'),(timeRange:'No filter'))",
    );
    expect(response.json()).toEqual({
      result: [
        {
          since: '2023-03-01T00:00:00',
          until: '2023-04-01T00:00:00',
          timeRange: '2024-03-01 : 2024-04-01',
          shift: '1 year ago',
        },
        { since: '', until: '', timeRange: 'No filter', shift: null },
      ],
    });
  });

  it('refuses unreadable ranges, bad Rison and anonymous callers', async () => {
    const unreadable = await get("'sometime : soon'");
    expect(unreadable.statusCode).toBe(400);
    expect(unreadable.json()).toMatchObject({
      errors: [expect.objectContaining({ error_type: 'TIME_RANGE_PARSE_ERROR' })],
    });
    expect((await get("'2024-02-01 : 2024-01-01'")).statusCode).toBe(400);
    expect((await get('(unclosed')).statusCode).toBe(400);
    expect((await get(null)).statusCode).toBe(400);
    expect((await get("'Last week'", {})).statusCode).toBe(401);
  });
});

describe('createTimeRangeService', () => {
  it('reads relative ranges from its clock', () => {
    const service = createTimeRangeService(() => new Date('2024-09-10T15:30:00Z'));
    expect(service.resolve('Last week').result[0]).toMatchObject({
      since: '2024-09-03T00:00:00',
      until: '2024-09-10T00:00:00',
    });
    expect(service.resolve([{ timeRange: 'previous calendar month' }]).result[0]).toMatchObject({
      since: '2024-08-01T00:00:00',
      until: '2024-09-01T00:00:00',
    });
  });
});
