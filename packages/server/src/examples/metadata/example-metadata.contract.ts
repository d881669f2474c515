import type { ExamplesApi } from '../examples-api.js';
import type { ExamplesProgress } from '../examples-progress.js';

/**
 * The contract of `applyExampleMetadata` (apply-example-metadata.ts), which creates the
 * example datasets, charts and dashboards through the REST API once the tables are loaded.
 */
export interface ExampleMetadataOptions {
  /** The id of the database named "examples" that holds the tables. */
  databaseId: number;
  /** The example tables present in that database (a dataset is made only over these). */
  tables: ReadonlySet<string>;
  /**
   * false: create what is missing and leave existing example objects alone (a second run
   * changes nothing). true (--only-metadata, --force): bring every example dataset, chart
   * and dashboard back to its definition, keeping ids where they exist.
   */
  recreate: boolean;
}

export interface ExampleObjectCounts {
  datasets: number;
  charts: number;
  dashboards: number;
}

export interface ExampleMetadataSummary {
  created: ExampleObjectCounts;
  updated: ExampleObjectCounts;
  unchanged: ExampleObjectCounts;
}

export type ApplyExampleMetadata = (
  api: ExamplesApi,
  options: ExampleMetadataOptions,
  progress: ExamplesProgress,
) => Promise<ExampleMetadataSummary>;

/** The example dashboards' slugs, which the home page, tests and docs link to. */
export const EXAMPLE_DASHBOARD_SLUGS = {
  sales: 'sales',
  world: 'world_health',
  births: 'births',
  gallery: 'chart_gallery',
  taxi: 'taxi_trips',
} as const;
