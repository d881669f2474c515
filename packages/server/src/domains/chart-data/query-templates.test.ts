import { describe, expect, it } from 'vitest';
import { datasetFixture } from './test-support/chart-data-fixtures.js';
import { renderDatasetTemplates } from './query-templates.js';

const upper = (sql: string) =>
  Promise.resolve(sql.replace(/\{\{ (\w+) \}\}/g, (_m, name: string) => name.toUpperCase()));

describe('renderDatasetTemplates', () => {
  it("renders a virtual dataset's SQL, metric and calculated column expressions", async () => {
    const dataset = datasetFixture({
      sql: "SELECT * FROM t WHERE owner = '{{ user }}'",
      extraColumns: [{ column_name: 'calc', expression: 'x + {{ n }}' }],
      metrics: [{ metric_name: 'm', expression: 'SUM({{ col }})' }],
    });
    const rendered = await renderDatasetTemplates(dataset, upper);
    expect(rendered.sql).toBe("SELECT * FROM t WHERE owner = 'USER'");
    expect(rendered.columns.find((c) => c.column_name === 'calc')?.expression).toBe('x + N');
    expect(rendered.metrics[0]?.expression).toBe('SUM(COL)');
  });

  it('leaves a physical dataset without expressions alone', async () => {
    const dataset = datasetFixture({ metrics: [] });
    const rendered = await renderDatasetTemplates(dataset, () => Promise.reject(new Error('no')));
    expect(rendered).toEqual(dataset);
  });
});
