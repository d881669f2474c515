import { describe, expect, it } from 'vitest';
import { renderQueryTemplates, usesFreeTextSql } from './free-text-sql.js';
import { birthNames, queryOf } from './test-support/query-fixtures.js';

describe('usesFreeTextSql', () => {
  it('is false for saved metrics, SIMPLE metrics and dataset columns', () => {
    const query = queryOf({
      columns: [
        'gender',
        { sqlExpression: 'ds', label: 'ds', columnType: 'BASE_AXIS', timeGrain: 'P1D' },
      ],
      metrics: [
        'count',
        { expressionType: 'SIMPLE', aggregate: 'SUM', column: { column_name: 'num' } },
      ],
      filters: [{ col: 'gender', op: '==', val: 'boy' }],
    });
    expect(usesFreeTextSql(query, birthNames())).toBe(false);
    expect(usesFreeTextSql(query)).toBe(true);
  });

  it.each([
    ['a SQL metric', { metrics: [{ expressionType: 'SQL' as const, sqlExpression: 'SUM(num)' }] }],
    ['a SQL column', { columns: [{ sqlExpression: 'UPPER(name)', label: 'u' }] }],
    ['extras.where', { extras: { where: '1 = 1' } }],
    ['a deprecated top-level having', { having: 'COUNT(*) > 1' }],
    [
      'a SQL ordering',
      { orderby: [[{ expressionType: 'SQL' as const, sqlExpression: 'MAX(num)' }, true]] },
    ],
    [
      'a SIMPLE metric over a column the dataset does not describe',
      {
        metrics: [
          {
            expressionType: 'SIMPLE' as const,
            aggregate: 'MAX',
            column: { column_name: 'salary' },
          },
        ],
      },
    ],
    [
      'a SQL filter column',
      { filters: [{ col: { sqlExpression: 'LOWER(name)' }, op: '==', val: 'a' }] },
    ],
  ])('is true with %s', (_, fields) => {
    expect(
      usesFreeTextSql(queryOf({ columns: ['gender'], ...fields } as never), birthNames()),
    ).toBe(true);
  });
});

describe('renderQueryTemplates', () => {
  it('renders every free SQL piece and leaves the rest', async () => {
    const query = queryOf({
      columns: ['gender', { sqlExpression: "'{{ x }}'", label: 'x' }],
      metrics: ['count', { expressionType: 'SQL', sqlExpression: '{{ m }}', label: 'm' }],
      extras: { where: '{{ w }}' },
    });
    const rendered = await renderQueryTemplates(query, async (sql) =>
      sql.replace(/\{\{ (\w) \}\}/g, 'R$1'),
    );
    expect(rendered.columns).toEqual(['gender', { sqlExpression: "'Rx'", label: 'x' }]);
    expect(rendered.metrics).toEqual([
      'count',
      { expressionType: 'SQL', sqlExpression: 'Rm', label: 'm' },
    ]);
    expect(rendered.extras.where).toBe('Rw');
  });
});
