import { describe, expect, it } from 'vitest';
import { COUNT_METRIC, syncColumns, syncMetrics } from './dataset-columns-sync.js';
import type { ColumnRecord, MetricRecord } from './dataset.record.js';

function column(id: number, name: string, fields: Partial<ColumnRecord> = {}): ColumnRecord {
  return {
    id,
    uuid: `u${id}`,
    column_name: name,
    verbose_name: null,
    is_active: true,
    type: 'TEXT',
    advanced_data_type: null,
    groupby: true,
    filterable: true,
    description: null,
    is_dttm: false,
    expression: null,
    python_date_format: null,
    extra: null,
    created_on: null,
    changed_on: null,
    ...fields,
  };
}

describe('syncing columns from the source', () => {
  it('keeps edits and calculated columns, adds new columns, drops vanished ones', () => {
    const existing = [
      column(1, 'kind', { verbose_name: 'Kind', filterable: false, python_date_format: null }),
      column(2, 'gone'),
      column(3, 'is_click', { expression: "kind = 'click'" }),
      column(4, 'amount', { type: 'INTEGER', description: 'Money' }),
    ];
    const sync = syncColumns(existing, [
      { column_name: 'kind', type: 'TEXT', is_dttm: false },
      { column_name: 'amount', type: 'REAL', is_dttm: false },
      { column_name: 'at', type: 'TIMESTAMP', is_dttm: true },
    ]);
    expect(sync.report).toEqual({ added: ['at'], removed: ['gone'], modified: ['amount'] });
    expect(sync.firstTemporal).toBe('at');
    const byName = Object.fromEntries(sync.columns.map((c) => [c.column_name, c]));
    expect(Object.keys(byName).sort()).toEqual(['amount', 'at', 'is_click', 'kind']);
    expect(byName.kind).toMatchObject({ id: 1, verbose_name: 'Kind', filterable: false });
    expect(byName.amount).toMatchObject({ id: 4, type: 'REAL', description: 'Money' });
    expect(byName.at).toMatchObject({ is_dttm: true, groupby: true, filterable: true });
    expect(byName.at).not.toHaveProperty('id');
    expect(byName.is_click).toMatchObject({ id: 3, expression: "kind = 'click'" });
  });

  it('adds the count metric only when no metric has its name', () => {
    expect(syncMetrics([])).toEqual([COUNT_METRIC]);
    const count = {
      id: 9,
      uuid: 'm',
      metric_name: 'count',
      expression: 'COUNT(1)',
    } as MetricRecord;
    expect(syncMetrics([count])).toEqual([
      expect.objectContaining({ id: 9, expression: 'COUNT(1)' }),
    ]);
  });
});
