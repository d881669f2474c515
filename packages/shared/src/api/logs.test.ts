import { describe, expect, it } from 'vitest';
import { frontendEventsSchema, logListQuerySchema } from './logs.js';

describe('logListQuerySchema', () => {
  it('defaults to the newest 25 entries', () => {
    expect(logListQuerySchema.parse({})).toEqual({
      filters: [],
      order_column: 'dttm',
      order_direction: 'desc',
      page: 0,
      page_size: 25,
    });
  });

  it('accepts the filters it documents and refuses others', () => {
    const valid = logListQuerySchema.safeParse({
      filters: [
        { col: 'action', opr: 'ct', value: 'Dashboard' },
        { col: 'user', opr: 'rel_o_m', value: 3 },
        { col: 'dttm', opr: 'gt', value: '2024-01-01T00:00:00Z' },
      ],
    });
    expect(valid.success).toBe(true);
    for (const filter of [
      { col: 'json', opr: 'ct', value: 'x' },
      { col: 'user', opr: 'ct', value: 'ada' },
      { col: 'dttm', opr: 'gt', value: 'yesterday' },
    ]) {
      expect(logListQuerySchema.safeParse({ filters: [filter] }).success).toBe(false);
    }
    expect(logListQuerySchema.safeParse({ page_size: 101 }).success).toBe(false);
  });
});

describe('frontendEventsSchema', () => {
  it('reads events as a list or as the JSON text of one', () => {
    const events = [{ event_name: 'mount_dashboard', source_id: 3 }];
    expect(frontendEventsSchema.parse({ events }).events).toEqual(events);
    expect(frontendEventsSchema.parse({ events: JSON.stringify(events) }).events).toEqual(events);
  });

  it('refuses no events, too many, and text that is not JSON', () => {
    expect(frontendEventsSchema.safeParse({ events: [] }).success).toBe(false);
    const many = Array.from({ length: 101 }, () => ({ event_name: 'x' }));
    expect(frontendEventsSchema.safeParse({ events: many }).success).toBe(false);
    expect(frontendEventsSchema.safeParse({ events: '[oops' }).success).toBe(false);
  });
});
