import { describe, expect, it } from 'vitest';
import { buildExploreDataset } from '../../testing/build-dataset';
import { columnDraftOf, columnFromDraft, describeColumn } from './adhoc-column';

describe('adhoc columns', () => {
  it("writes Superset's adhoc SQL column, keeping an x-axis time grain on edit", () => {
    const edited = {
      sqlExpression: 'ds',
      label: 'Day',
      expressionType: 'SQL' as const,
      timeGrain: 'P1D',
      columnType: 'BASE_AXIS' as const,
    };
    const draft = { ...columnDraftOf(edited), sql: "DATE_TRUNC('week', ds)" };
    expect(columnFromDraft(draft, edited)).toEqual({
      sqlExpression: "DATE_TRUNC('week', ds)",
      label: 'Day',
      expressionType: 'SQL',
      timeGrain: 'P1D',
      columnType: 'BASE_AXIS',
    });
    expect(
      columnFromDraft({ tab: 'SQL', column: undefined, sql: 'UPPER(name)', label: '' }),
    ).toEqual({
      sqlExpression: 'UPPER(name)',
      label: 'UPPER(name)',
      expressionType: 'SQL',
    });
    expect(columnFromDraft({ tab: 'SIMPLE', column: 'gender', sql: '', label: '' })).toBe('gender');
  });

  it('shows a verbose name with the real name on hover', () => {
    expect(describeColumn('name', buildExploreDataset())).toEqual({
      label: 'Baby name',
      title: 'name',
    });
    expect(describeColumn('gone', buildExploreDataset()).warning).toBe(
      'This column is not in the dataset.',
    );
  });
});
