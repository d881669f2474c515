import type { GeneratedExampleTable } from '../example-table.js';
import { CLEANED_SALES_DATA_TABLE } from './cleaned-sales-data.js';
import { ENERGY_USAGE_TABLE } from './energy-usage.js';
import { UNICODE_TEST_TABLE } from './unicode-test.js';
import { WB_HEALTH_POPULATION_TABLE } from './wb-health-population.js';
import { WORLD_HIERARCHY_TABLE } from './world-hierarchy.js';

/** The world, sales, energy and unicode example tables (the others are in misc-tables.ts). */
export const WORLD_EXAMPLE_TABLES: readonly GeneratedExampleTable[] = [
  WB_HEALTH_POPULATION_TABLE,
  ENERGY_USAGE_TABLE,
  CLEANED_SALES_DATA_TABLE,
  UNICODE_TEST_TABLE,
  WORLD_HIERARCHY_TABLE,
];
