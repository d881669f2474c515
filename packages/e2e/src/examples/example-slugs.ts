import { EXAMPLE_DASHBOARD_SLUGS } from '../../../server/src/examples/metadata/example-metadata.contract.js';

/** The example dashboards' slugs, from the server's contract (the one list of them). */
export const EXAMPLE_SLUGS: readonly string[] = Object.values(EXAMPLE_DASHBOARD_SLUGS);

/** The Sales Dashboard's slug, the first dashboard a new user is pointed at. */
export const SALES_SLUG: string = EXAMPLE_DASHBOARD_SLUGS.sales;
