import type { ExampleDashboardDefinition } from '../example-definitions.js';
import { BIRTHS_DASHBOARD } from './births.js';
import { GALLERY_DASHBOARD } from './gallery.js';
import { SALES_DASHBOARD } from './sales.js';
import { TAXI_DASHBOARD } from './taxi.js';
import { WORLD_HEALTH_DASHBOARD } from './world-health.js';

/** Every example dashboard, in the order they are made. */
export const EXAMPLE_DASHBOARDS: readonly ExampleDashboardDefinition[] = [
  SALES_DASHBOARD,
  WORLD_HEALTH_DASHBOARD,
  BIRTHS_DASHBOARD,
  GALLERY_DASHBOARD,
  TAXI_DASHBOARD,
];
