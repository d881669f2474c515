import { describe, expect, it } from 'vitest';

import { findDatasetReferences } from './find-dataset-references.js';

describe('findDatasetReferences', () => {
  it('lists dataset calls with their literal arguments, once each', () => {
    const template = [
      'SELECT * FROM {{ dataset(42) }}',
      'JOIN {{ dataset(42) }}',
      "JOIN {{ dataset(7, include_metrics=True, columns=['ds', 'name']) }}",
      'JOIN {{ dataset(dataset_id=8, include_metrics=False) }}',
    ].join('\n');
    expect(findDatasetReferences(template).datasets).toEqual([
      { datasetId: 42, includeMetrics: false, columns: null },
      { datasetId: 7, includeMetrics: true, columns: ['ds', 'name'] },
      { datasetId: 8, includeMetrics: false, columns: null },
    ]);
  });

  it('lists metric calls, with or without a dataset, including inside blocks', () => {
    const template =
      "{% if x %}{{ metric('count') }}{% endif %}{% for m in ms %}{{ metric('sum__num', dataset_id=3) }}{% endfor %}";
    expect(findDatasetReferences(template).metrics).toEqual([
      { metricKey: 'count', datasetId: null },
      { metricKey: 'sum__num', datasetId: 3 },
    ]);
  });

  it('skips calls whose arguments are computed, and templates that do not parse', () => {
    expect(findDatasetReferences('{{ dataset(id) }} {{ metric(name) }}')).toEqual({
      datasets: [],
      metrics: [],
    });
    expect(findDatasetReferences('{{ dataset(42) ')).toEqual({ datasets: [], metrics: [] });
  });
});
