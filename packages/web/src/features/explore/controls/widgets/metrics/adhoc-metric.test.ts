import { describe, expect, it } from 'vitest';
import { buildExploreDataset } from '../../testing/build-dataset';
import { describeMetric, metricDraftOf, metricFromDraft } from './adhoc-metric';

const dataset = buildExploreDataset();

describe('adhoc metrics', () => {
  it('keeps a custom label and the identity of an edited metric', () => {
    const edited = metricDraftOf({
      expressionType: 'SIMPLE',
      column: { column_name: 'num' },
      aggregate: 'SUM',
      label: 'Total',
      hasCustomLabel: true,
      optionName: 'metric_1',
    });
    expect(metricFromDraft({ ...edited, aggregate: 'MAX' }, dataset.columns)).toMatchObject({
      aggregate: 'MAX',
      label: 'Total',
      hasCustomLabel: true,
      optionName: 'metric_1',
    });
    expect(metricFromDraft({ ...edited, customLabel: '' }, dataset.columns)).toMatchObject({
      label: 'SUM(num)',
      hasCustomLabel: false,
    });
  });

  it('describes saved metrics by verbose name and warns about metrics the dataset lacks', () => {
    expect(describeMetric('count', dataset)).toEqual({
      label: 'COUNT(*)',
      title: 'count: COUNT(*)',
    });
    expect(describeMetric('gone', dataset).warning).toBe('This metric is not in the dataset.');
    expect(
      describeMetric(
        { expressionType: 'SIMPLE', column: { column_name: 'lost' }, aggregate: 'SUM' },
        dataset,
      ).warning,
    ).toBe('The column lost is not in the dataset.');
  });
});
