import { describe, expect, it } from 'vitest';
import { EXAMPLE_TABLE_SCHEMAS } from '../../table-schemas.js';
import { EXAMPLE_DATASETS } from '../datasets.js';
import { EXAMPLE_DASHBOARD_SLUGS } from '../example-metadata.contract.js';
import { chartKeysOfLayout } from '../layout-builder.js';
import { EXAMPLE_DASHBOARDS } from './example-dashboards.js';

const columnsOf = new Map(
  EXAMPLE_TABLE_SCHEMAS.map((schema) => [schema.name, schema.columns.map((c) => c.name)]),
);

describe('the example dashboard definitions', () => {
  it('has one dashboard per slug of the contract', () => {
    expect(EXAMPLE_DASHBOARDS.map((d) => d.slug).sort()).toEqual(
      Object.values(EXAMPLE_DASHBOARD_SLUGS).sort(),
    );
  });

  it('lays out each of a dashboard’s charts exactly once', () => {
    for (const dashboard of EXAMPLE_DASHBOARDS) {
      expect(chartKeysOfLayout(dashboard.layout).sort(), dashboard.slug).toEqual(
        dashboard.charts.map((chart) => chart.key).sort(),
      );
    }
  });

  it('gives every chart a unique key and a unique name on its table', () => {
    const charts = EXAMPLE_DASHBOARDS.flatMap((d) => d.charts);
    expect(new Set(charts.map((c) => c.key)).size).toBe(charts.length);
    expect(new Set(charts.map((c) => `${c.table}|${c.sliceName}`)).size).toBe(charts.length);
  });

  it('builds datasets over the tables of table-schemas.ts and their columns only', () => {
    expect(EXAMPLE_DATASETS.map((d) => d.table).sort()).toEqual([...columnsOf.keys()].sort());
    for (const dataset of EXAMPLE_DATASETS) {
      const columns = columnsOf.get(dataset.table) ?? [];
      for (const name of Object.keys(dataset.columns ?? {})) {
        expect(columns, `${dataset.table}.${name}`).toContain(name);
      }
      if (dataset.mainDttmCol !== null) expect(columns).toContain(dataset.mainDttmCol);
    }
  });
});
