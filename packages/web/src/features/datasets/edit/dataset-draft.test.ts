import { datasetResponseSchema, datasetUpdateSchema } from '@superset-ts/shared';
import { describe, expect, it } from 'vitest';
import { buildColumn, buildDatasetDetail, buildMetric } from '../testing/build-dataset';
import {
  isCalculated,
  mergeSyncedColumns,
  newCalculatedColumn,
  newMetric,
  toDatasetDraft,
  toDatasetUpdate,
} from './dataset-draft';
import { draftProblems } from './draft-problems';

describe('toDatasetUpdate', () => {
  it('starts from a detail the shared response schema accepts', () => {
    expect(
      datasetResponseSchema.safeParse({ id: 11, result: buildDatasetDetail() }).error,
    ).toBeUndefined();
  });

  it('sends back an untouched dataset as the server validates it, with ids on every row', () => {
    const body = toDatasetUpdate(toDatasetDraft(buildDatasetDetail()));
    expect(datasetUpdateSchema.safeParse(body).success).toBe(true);
    expect(body.columns?.map((column) => column.id)).toEqual([101, 102, 103]);
    expect(body.metrics).toEqual([
      {
        id: 201,
        metric_name: 'count',
        expression: 'COUNT(*)',
        verbose_name: 'COUNT(*)',
        d3format: null,
        description: null,
        warning_text: null,
        extra: null,
      },
    ]);
    expect(body.sql).toBeNull();
    expect(body.owners).toEqual([1]);
  });

  it('keeps the certification of the dataset and of a metric in their extra', () => {
    const dataset = buildDatasetDetail({
      extra: { certification: { certified_by: 'Data team' }, warning_markdown: 'Lags a day' },
      metrics: [
        buildMetric({
          extra: '{"certification":{"certified_by":"Finance"},"other":1}',
          certified_by: 'Finance',
        }),
      ],
    });
    const draft = toDatasetDraft(dataset);
    expect(draft.certified_by).toBe('Data team');
    expect(JSON.parse(draft.extraText)).toEqual({ warning_markdown: 'Lags a day' });

    draft.certification_details = 'Checked monthly';
    draft.metrics[0] = { ...draft.metrics[0]!, certified_by: '' };
    const body = toDatasetUpdate(draft);
    expect(JSON.parse(body.extra ?? '{}')).toEqual({
      warning_markdown: 'Lags a day',
      certification: { certified_by: 'Data team', details: 'Checked monthly' },
    });
    // Clearing "Certified by" removes the certification and keeps the rest.
    expect(JSON.parse(body.metrics?.[0]?.extra ?? '{}')).toEqual({ other: 1 });
  });

  it('adds new metrics and calculated columns without ids, and clears emptied text', () => {
    const draft = toDatasetDraft(buildDatasetDetail({ description: 'Old' }));
    draft.description = '  ';
    draft.metrics.push({ ...newMetric(), metric_name: 'revenue', expression: 'SUM(amount)' });
    draft.columns.push({
      ...newCalculatedColumn(),
      column_name: 'tax',
      expression: 'amount * 0.2',
    });
    const body = toDatasetUpdate(draft);
    expect(body.description).toBeNull();
    expect(body.metrics?.at(-1)).toMatchObject({
      metric_name: 'revenue',
      expression: 'SUM(amount)',
    });
    expect(body.metrics?.at(-1)).not.toHaveProperty('id');
    expect(body.columns?.at(-1)).toMatchObject({ column_name: 'tax', expression: 'amount * 0.2' });
    expect(body.columns?.at(-1)).not.toHaveProperty('id');
  });

  it('sends the SQL of a virtual dataset', () => {
    const draft = toDatasetDraft(
      buildDatasetDetail({ kind: 'virtual', sql: 'SELECT 1 AS one', is_sqllab_view: false }),
    );
    expect(toDatasetUpdate(draft).sql).toBe('SELECT 1 AS one');
  });
});

describe('the tabs columns belong to', () => {
  it('puts columns with SQL and added rows under Calculated columns', () => {
    const draft = toDatasetDraft(buildDatasetDetail());
    expect(draft.columns.filter(isCalculated).map((c) => c.column_name)).toEqual(['double_amount']);
    // Clearing a calculated column's SQL keeps it where the user is editing it.
    const cleared = { ...draft.columns[2]!, expression: '' };
    expect(isCalculated(cleared)).toBe(true);
    expect(isCalculated(newCalculatedColumn())).toBe(true);
  });
});

describe('draftProblems', () => {
  it('finds nothing wrong with a dataset as stored', () => {
    expect(draftProblems(toDatasetDraft(buildDatasetDetail()))).toEqual([]);
  });

  it('names duplicate metrics, calculated columns without SQL and bad JSON, by tab', () => {
    const draft = toDatasetDraft(buildDatasetDetail());
    draft.metrics.push({ ...newMetric(), metric_name: 'count', expression: 'COUNT(1)' });
    draft.columns.push({ ...newCalculatedColumn(), column_name: 'tax' });
    draft.extraText = '[1, 2]';
    expect(draftProblems(draft)).toEqual([
      { tab: 'settings', message: 'Extra must be a JSON object' },
      { tab: 'metrics', message: 'Two metrics are named count' },
      { tab: 'calculated', message: 'Calculated column tax needs its SQL' },
    ]);
  });

  it("reports the shared schema's checks on a row with its name", () => {
    const draft = toDatasetDraft(buildDatasetDetail());
    draft.columns[1] = { ...draft.columns[1]!, python_date_format: 'dd/mm/yyyy' };
    expect(draftProblems(draft)).toEqual([
      {
        tab: 'columns',
        message: 'Column created_at: python_date_format Invalid date/timestamp format',
      },
    ]);
  });

  it('asks for the SQL of a virtual dataset and for a name', () => {
    const draft = { ...toDatasetDraft(buildDatasetDetail()), sql: ' ', table_name: '' };
    expect(draftProblems(draft).map((p) => p.message)).toEqual([
      'Name the dataset',
      'A virtual dataset needs its SQL',
    ]);
  });
});

describe('mergeSyncedColumns', () => {
  it("keeps the dialog's edits on columns still in the source and drops the others", () => {
    const draft = toDatasetDraft(buildDatasetDetail());
    draft.columns[0] = { ...draft.columns[0]!, verbose_name: 'Amount (EUR)' };
    const added = { ...newCalculatedColumn(), column_name: 'tax', expression: 'amount * 0.2' };
    const synced = [
      buildColumn({ id: 101, column_name: 'amount', type: 'DOUBLE PRECISION' }),
      buildColumn({ id: 104, column_name: 'customer', type: 'TEXT' }),
    ];
    const merged = mergeSyncedColumns([...draft.columns, added], synced);
    expect(merged.map((c) => [c.column_name, c.type, c.verbose_name])).toEqual([
      ['amount', 'DOUBLE PRECISION', 'Amount (EUR)'],
      ['customer', 'TEXT', ''],
      ['tax', '', ''],
    ]);
  });
});
