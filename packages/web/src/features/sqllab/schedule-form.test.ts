import { describe, expect, it } from 'vitest';
import { readScheduleInfo, toScheduleErrors, withScheduleInfo } from './schedule-form';

describe('the schedule stored in a saved query', () => {
  it('fills the form with the stored schedule, or leaves it empty', () => {
    const stored = JSON.stringify({ schedule_info: { output_table: 'daily' }, other: 1 });
    expect(readScheduleInfo(stored)).toEqual({ output_table: 'daily' });
    expect(readScheduleInfo('{}')).toEqual({});
    expect(readScheduleInfo('not json')).toEqual({});
    expect(readScheduleInfo(undefined)).toEqual({});
  });

  it('replaces the schedule and keeps the other extra keys', () => {
    const stored = JSON.stringify({ schedule_info: { a: 1 }, tags: ['x'] });
    expect(JSON.parse(withScheduleInfo(stored, { b: 2 }))).toEqual({
      schedule_info: { b: 2 },
      tags: ['x'],
    });
  });

  it("puts the server's problems next to the schedule fields they name", () => {
    expect(
      toScheduleErrors({
        'extra_json.schedule_info.end_date': ['End must come after start'],
        'extra_json.schedule_info': ['must be an object'],
        label: ['ignored here'],
      }),
    ).toEqual({
      end_date: { __errors: ['End must come after start'] },
      __errors: ['must be an object'],
    });
  });
});
