import { applyCharts } from './apply-charts.js';
import { applyDashboards } from './apply-dashboards.js';
import { applyDatasets } from './apply-datasets.js';
import { EXAMPLE_DASHBOARDS } from './dashboards/example-dashboards.js';
import { EXAMPLE_DATASETS } from './datasets.js';
import { tablesOfDashboard } from './example-definitions.js';
import type { ApplyExampleMetadata } from './example-metadata.contract.js';

/**
 * Creates (or, with `recreate`, restores) the example datasets, charts and dashboards through
 * the REST API. Objects over tables missing from `options.tables` are skipped with a note.
 * @throws ExampleMetadataError when the API refuses an object (the error names it).
 */
export const applyExampleMetadata: ApplyExampleMetadata = async (api, options, progress) => {
  const datasets = EXAMPLE_DATASETS.filter((dataset) => options.tables.has(dataset.table));
  const missingTables = EXAMPLE_DATASETS.filter((dataset) => !options.tables.has(dataset.table));
  if (missingTables.length > 0) {
    progress.line(
      `Skipping datasets over missing tables: ${missingTables.map((d) => d.table).join(', ')}`,
    );
  }
  const dashboards = EXAMPLE_DASHBOARDS.filter((dashboard) =>
    [...tablesOfDashboard(dashboard)].every((table) => options.tables.has(table)),
  );
  for (const dashboard of EXAMPLE_DASHBOARDS.filter((d) => !dashboards.includes(d))) {
    const missing = [...tablesOfDashboard(dashboard)].filter((t) => !options.tables.has(t));
    progress.line(`Skipping the dashboard "${dashboard.title}": no table ${missing.join(', ')}`);
  }

  const appliedDatasets = await applyDatasets(
    api,
    datasets,
    { databaseId: options.databaseId, recreate: options.recreate },
    progress,
  );
  const charts = dashboards.flatMap((dashboard) => dashboard.charts);
  const appliedCharts = await applyCharts(
    api,
    charts,
    appliedDatasets.idsByTable,
    options.recreate,
    progress,
  );
  const appliedDashboards = await applyDashboards(
    api,
    dashboards,
    appliedDatasets.idsByTable,
    appliedCharts.byKey,
    options.recreate,
    progress,
  );
  const pick = (key: 'created' | 'updated' | 'unchanged') => ({
    datasets: appliedDatasets.counts[key],
    charts: appliedCharts.counts[key],
    dashboards: appliedDashboards.counts[key],
  });
  return { created: pick('created'), updated: pick('updated'), unchanged: pick('unchanged') };
};
