import { describe, expect, it } from 'vitest';
import { buildColumn, buildExploreDataset } from '../../testing/build-dataset';
import {
  comparatorForOperator,
  filterDraftForColumn,
  filterDraftOf,
  filterFromDraft,
  filterLabel,
  isFilterDraftComplete,
} from './adhoc-filter';
import { operatorsFor } from './filter-operators';

const dataset = buildExploreDataset();

describe('adhoc filters', () => {
  it('offers the operators that suit a column', () => {
    expect(operatorsFor('temporal')).toContain('TEMPORAL_RANGE');
    expect(operatorsFor('string')).not.toContain('TEMPORAL_RANGE');
    expect(operatorsFor('string')).toContain('ILIKE');
    expect(operatorsFor('numeric')).not.toContain('LIKE');
    expect(operatorsFor('boolean')).toEqual(
      expect.arrayContaining(['IS TRUE', 'IS FALSE', '==', 'IS NULL']),
    );
    expect(operatorsFor('boolean')).not.toContain('>');
  });

  it('starts a dropped column with its usual operator', () => {
    expect(filterDraftForColumn(dataset.columns[0]!)).toEqual({
      expressionType: 'SIMPLE',
      clause: 'WHERE',
      subject: 'ds',
      operator: 'TEMPORAL_RANGE',
      comparator: 'No filter',
    });
    expect(filterDraftForColumn(buildColumn({ column_name: 'gender' }))).toMatchObject({
      operator: 'IN',
      comparator: [],
    });
  });

  it('carries the value over when the operator changes', () => {
    expect(comparatorForOperator('IN', 'boy')).toEqual(['boy']);
    expect(comparatorForOperator('==', ['boy', 'girl'])).toBe('boy');
    expect(comparatorForOperator('IS NULL', 'boy')).toBeUndefined();
    expect(comparatorForOperator('TEMPORAL_RANGE', undefined)).toBe('No filter');
  });

  it('writes simple and SQL filters in the adhoc_filters shape', () => {
    const simple = {
      ...filterDraftOf(undefined),
      subject: 'gender',
      operator: 'IN',
      comparator: ['boy'],
    };
    expect(isFilterDraftComplete(simple)).toBe(true);
    expect(filterFromDraft(simple)).toEqual({
      expressionType: 'SIMPLE',
      clause: 'WHERE',
      subject: 'gender',
      operator: 'IN',
      comparator: ['boy'],
    });
    expect(isFilterDraftComplete({ ...simple, comparator: [] })).toBe(false);
    expect(filterFromDraft({ ...simple, operator: 'IS NULL' })).not.toHaveProperty('comparator');

    const sql = {
      ...filterDraftOf(undefined),
      tab: 'SQL' as const,
      clause: 'HAVING' as const,
      sql: ' SUM(num) > 10 ',
    };
    expect(filterFromDraft(sql)).toEqual({
      expressionType: 'SQL',
      clause: 'HAVING',
      sqlExpression: 'SUM(num) > 10',
    });
  });

  it('labels filters as their pills read', () => {
    const simple = (operator: string, comparator?: unknown) => ({
      expressionType: 'SIMPLE' as const,
      clause: 'WHERE' as const,
      subject: 'name',
      operator,
      comparator,
    });
    expect(filterLabel(simple('IN', ['Amy', 'Ben']), dataset)).toBe("Baby name IN ('Amy', 'Ben')");
    expect(filterLabel(simple('==', 'Amy'), dataset)).toBe("Baby name = 'Amy'");
    expect(filterLabel({ ...simple('>', 10), subject: 'num' }, dataset)).toBe('num > 10');
    expect(filterLabel(simple('IS NOT NULL'), dataset)).toBe('Baby name IS NOT NULL');
    expect(filterLabel({ ...simple('TEMPORAL_RANGE', 'Last week'), subject: 'ds' }, dataset)).toBe(
      'ds (Last week)',
    );
    expect(
      filterLabel({ expressionType: 'SQL', clause: 'WHERE', sqlExpression: 'num > 1' }, dataset),
    ).toBe('num > 1');
  });
});
