import { describe, expect, it } from 'vitest';
import { humanizeTimeAgo, presentLogEntry, presentRecentActivity } from './log.presenter.js';

const now = new Date('2024-03-01T12:00:00Z');
const ago = (seconds: number) => new Date(now.getTime() - seconds * 1000);

describe('log presenter', () => {
  it.each([
    [5, 'just now'],
    [60, 'a minute ago'],
    [150, '2 minutes ago'],
    [3600, 'an hour ago'],
    [3 * 86_400, '3 days ago'],
    [400 * 86_400, 'a year ago'],
  ])('%i seconds ago reads "%s"', (seconds, text) => {
    expect(humanizeTimeAgo(ago(seconds), now)).toBe(text);
  });

  it('parses stored JSON, keeps text that is not JSON, and writes dttm as ISO', () => {
    const base = {
      id: 1,
      action: 'a',
      user_id: null,
      user: null,
      dttm: now,
      dashboard_id: null,
      slice_id: null,
      duration_ms: null,
      referrer: null,
    };
    expect(presentLogEntry({ ...base, json: '{"a":[1]}' })).toMatchObject({
      json: { a: [1] },
      dttm: '2024-03-01T12:00:00.000Z',
    });
    expect(presentLogEntry({ ...base, json: 'legacy text' }).json).toBe('legacy text');
  });

  it('links a recent dashboard or chart action to its page', () => {
    const dashboard = presentRecentActivity(
      { action: 'x', dashboard_id: 4, slice_id: 9, dttm: ago(60) },
      now,
    );
    expect(dashboard).toEqual({
      action: 'x',
      item_type: 'dashboard',
      item_url: '/superset/dashboard/4/',
      item_title: null,
      time: ago(60).getTime(),
      time_delta_humanized: 'a minute ago',
    });
    const chart = presentRecentActivity(
      { action: 'y', dashboard_id: null, slice_id: 9, dttm: now },
      now,
    );
    expect(chart).toMatchObject({ item_type: 'slice', item_url: '/explore/?slice_id=9' });
    const titled = presentRecentActivity(
      {
        action: 'x',
        dashboard_id: 4,
        slice_id: null,
        dttm: now,
        item_title: 'Sales',
        dashboard_slug: 'sales',
      },
      now,
    );
    expect(titled).toMatchObject({ item_url: '/superset/dashboard/sales/', item_title: 'Sales' });
  });
});
