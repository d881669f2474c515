import { describe, expect, it } from 'vitest';
import { parseConditionalFormatting } from '../../../../../visualizations/plugins/table/conditional-formatting';
import { buildExploreDataset } from '../../testing/build-dataset';
import { cleanRule, formattableColumns, isRuleComplete, ruleLabel } from './formatting-rule';

describe('conditional formatting rules', () => {
  it('writes rules the table reads', () => {
    const rule = {
      column: 'SUM(num)',
      operator: '>' as const,
      targetValue: 100,
      targetValueLeft: 1,
      colorScheme: '#ace1c4',
    };
    expect(isRuleComplete(rule)).toBe(true);
    const clean = cleanRule(rule);
    expect(clean).toEqual({
      column: 'SUM(num)',
      operator: '>',
      targetValue: 100,
      colorScheme: '#ace1c4',
    });
    expect(parseConditionalFormatting([clean])).toEqual([
      { column: 'SUM(num)', operator: '>', targetValue: 100, color: { r: 172, g: 225, b: 196 } },
    ]);
    const between = {
      column: 'num',
      operator: '< x <' as const,
      colorScheme: '#000000',
      targetValueLeft: 1,
    };
    expect(isRuleComplete(between)).toBe(false);
    expect(ruleLabel({ ...between, targetValueRight: 9 })).toBe('1 < num < 9');
  });

  it('offers the metrics, percentage metrics and numeric columns', () => {
    expect(
      formattableColumns(
        { metrics: ['count'], percent_metrics: ['sum__num'] },
        buildExploreDataset(),
      ),
    ).toEqual(['count', '%sum__num', 'num']);
  });
});
