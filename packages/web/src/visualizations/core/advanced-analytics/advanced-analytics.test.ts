import { describe, expect, it } from 'vitest';
import { listControls } from '../control-panel';
import { advancedAnalyticsSection } from './advanced-analytics-section';
import { validateTimeShifts } from './time-shift-validation';

describe('advanced analytics controls', () => {
  it("gives Query B's section suffixed controls that show by Query B's rolling type", () => {
    const section = advancedAnalyticsSection({ suffix: '_b', label: 'Advanced analytics Query B' });
    const controls = listControls({ sections: [section] });
    expect(section.tab).toBe('data');
    expect(controls.map((control) => control.name)).toEqual([
      'rolling_type_b',
      'rolling_periods_b',
      'min_periods_b',
      'time_compare_b',
      'comparison_type_b',
      'resample_rule_b',
      'resample_method_b',
    ]);
    const periods = controls.find((control) => control.name === 'rolling_periods_b');
    expect(periods?.visibleWhen?.({ rolling_type: 'mean' })).toBe(false);
    expect(periods?.visibleWhen?.({ rolling_type_b: 'mean' })).toBe(true);
    expect(periods?.visibleWhen?.({ rolling_type_b: 'cumsum' })).toBe(false);
  });

  it('names the time shifts the server would not understand', () => {
    expect(validateTimeShifts({ time_compare: ['1 year ago', '28 days ago', '3 weeks'] })).toEqual(
      [],
    );
    expect(validateTimeShifts({ time_compare_b: ['last year'] }, '_b')).toEqual([
      {
        control: 'time_compare_b',
        message:
          'Time shift "last year" is not understood; write it like "1 year ago", "52 weeks ago" or "1 day ago".',
      },
    ]);
  });
});
