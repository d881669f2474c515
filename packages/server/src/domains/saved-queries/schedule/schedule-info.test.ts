import { describe, expect, it } from 'vitest';
import { checkScheduleInfo } from './schedule-info.js';
import {
  readScheduledQueriesConfig,
  ScheduledQueriesConfigError,
} from './scheduled-queries-config.js';
import { SUPERSET_EXAMPLE_SCHEDULED_QUERIES } from './superset-example-schedule.js';

const config = readScheduledQueriesConfig(SUPERSET_EXAMPLE_SCHEDULED_QUERIES);
if (config === null) throw new Error('the example is a configuration');

describe("a saved query's schedule_info against Superset's documented example", () => {
  it('accepts a schedule whose end comes after its start', () => {
    expect(
      checkScheduleInfo(
        {
          output_table: 'daily_sales',
          start_date: '2025-01-01T09:00:00Z',
          end_date: '2025-02-01T09:00:00+01:00',
          schedule_interval: '@daily',
          dependencies: ['sales_loaded'],
        },
        config,
      ),
    ).toEqual({});
  });

  it('reports the less_equal rule on its container field', () => {
    expect(
      checkScheduleInfo(
        { start_date: '2025-03-01T09:00:00Z', end_date: '2025-02-01T09:00:00Z' },
        config,
      ),
    ).toEqual({
      'extra_json.schedule_info.end_date': ['End date cannot be before start date'],
    });
  });

  it('compares dates as instants, not as text', () => {
    // Later as text, earlier as an instant: 10:00+02:00 is 08:00Z.
    expect(
      checkScheduleInfo(
        { start_date: '2025-03-01T09:00:00Z', end_date: '2025-03-01T10:00:00+02:00' },
        config,
      ),
    ).toEqual({
      'extra_json.schedule_info.end_date': ['End date cannot be before start date'],
    });
  });

  it('names each field that breaks the JSON schema', () => {
    expect(
      checkScheduleInfo(
        { start_date: 'tomorrow', dependencies: ['a', 3], output_table: 5 },
        config,
      ),
    ).toEqual({
      'extra_json.schedule_info.start_date': ['must be a date-time (ISO 8601 with a time zone)'],
      'extra_json.schedule_info.dependencies.1': ['must be of type string'],
      'extra_json.schedule_info.output_table': ['must be of type string'],
    });
  });

  it('refuses a schedule that is not an object', () => {
    expect(checkScheduleInfo('@daily', config)).toEqual({
      'extra_json.schedule_info': ['must be of type object'],
    });
  });
});

describe('reading SCHEDULED_QUERIES', () => {
  it('is off when empty', () => {
    expect(readScheduledQueriesConfig({})).toBeNull();
  });

  it('refuses schema keywords the server would not enforce', () => {
    expect(() =>
      readScheduledQueriesConfig({
        JSONSCHEMA: { type: 'object', properties: { a: { oneOf: [] } } },
      }),
    ).toThrow(/properties\.a\.oneOf/);
  });

  it('refuses an unknown validation rule', () => {
    expect(() =>
      readScheduledQueriesConfig({
        JSONSCHEMA: { type: 'object' },
        VALIDATION: [{ name: 'before', arguments: ['a', 'b'], message: 'x' }],
      }),
    ).toThrow(ScheduledQueriesConfigError);
  });

  it('refuses a configuration without JSONSCHEMA', () => {
    expect(() => readScheduledQueriesConfig({ UISCHEMA: {} })).toThrow(/JSONSCHEMA/);
  });
});
