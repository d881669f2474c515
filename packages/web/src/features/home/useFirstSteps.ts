import {
  MAX_PAGE_SIZE,
  PAGES,
  dashboardUrl,
  type ChartListItem,
  type DashboardListItem,
} from '@superset-ts/shared';
import { useQueries } from '@tanstack/react-query';
import { fetchCharts } from '../../api/charts';
import { fetchDashboards } from '../../api/dashboards';
import { fetchDatabases } from '../../api/databases';
import { fetchQueryHistory } from '../../api/sqllab';

/** The database `superset load_examples` registers; connecting it is not the user's step. */
const EXAMPLES_DATABASE = 'examples';

/** The slugs of the example dashboards, in the order the guided path offers them. */
export const EXAMPLE_DASHBOARD_SLUGS = [
  'sales',
  'world_health',
  'births',
  'chart_gallery',
  'taxi_trips',
] as const;

/** One step of a new user's path: what to do, where, and whether they did it. */
export interface FirstStep {
  key: string;
  title: string;
  description: string;
  href: string;
  isDone: boolean;
}

/** An example dashboard to explore: its title and page. */
export interface ExampleDashboardLink {
  title: string;
  href: string;
}

async function hasOwnDatabase(): Promise<boolean> {
  const page = await fetchDatabases({
    filters: [],
    order_column: 'database_name',
    order_direction: 'asc',
    page: 0,
    page_size: 25,
  });
  return (
    page.count > page.result.length ||
    page.result.some((database) => database.database_name !== EXAMPLES_DATABASE)
  );
}

async function hasRunQuery(userId: number): Promise<boolean> {
  const page = await fetchQueryHistory({
    page: 0,
    page_size: 1,
    order_direction: 'desc',
    order_column: 'start_time',
    filters: [{ col: 'user', opr: 'eq', value: userId }],
  });
  return page.count > 0;
}

/** What the user made themselves, and the example dashboards there are. */
interface Creations {
  hasChart: boolean;
  hasDashboard: boolean;
  examples: ExampleDashboardLink[];
}

/** The example dashboards that exist, in the guided path's order, each found by its slug. */
async function fetchExampleDashboards(): Promise<DashboardListItem[]> {
  const found = await Promise.all(
    EXAMPLE_DASHBOARD_SLUGS.map((slug) =>
      fetchDashboards({
        filters: [{ col: 'slug', opr: 'eq', value: slug }],
        order_column: 'dashboard_title',
        order_direction: 'asc',
        page: 0,
        page_size: 1,
      }),
    ),
  );
  return found.flatMap((page) => page.result.slice(0, 1));
}

/**
 * Whether the user created a chart of their own: one that is on no example dashboard or on
 * some dashboard besides them. Reads the user's charts page by page (the examples alone fill
 * more than one page of the default size) and stops at the first such chart.
 */
async function hasOwnChart(userId: number, exampleIds: ReadonlySet<number>): Promise<boolean> {
  const isExample = (chart: ChartListItem) =>
    chart.dashboards.length > 0 && chart.dashboards.every((d) => exampleIds.has(d.id));
  for (let page = 0; ; page += 1) {
    const charts = await fetchCharts({
      filters: [{ col: 'created_by', opr: 'rel_o_m', value: userId }],
      order_column: 'changed_on',
      order_direction: 'desc',
      page,
      page_size: MAX_PAGE_SIZE,
    });
    if (charts.result.some((chart) => !isExample(chart))) return true;
    if (charts.result.length === 0 || (page + 1) * MAX_PAGE_SIZE >= charts.count) return false;
  }
}

/**
 * The user's own charts and dashboards, leaving out the examples `load_examples` made on
 * their behalf (quickstart loads them as the first admin): the example dashboards, found by
 * slug, and the charts that are only on example dashboards.
 */
async function fetchCreations(userId: number): Promise<Creations> {
  const [exampleDashboards, dashboards] = await Promise.all([
    fetchExampleDashboards(),
    fetchDashboards({
      filters: [{ col: 'created_by', opr: 'rel_o_m', value: userId }],
      order_column: 'changed_on',
      order_direction: 'desc',
      page: 0,
      page_size: MAX_PAGE_SIZE,
    }),
  ]);
  const exampleIds = new Set(exampleDashboards.map((dashboard) => dashboard.id));
  return {
    hasChart: await hasOwnChart(userId, exampleIds),
    hasDashboard:
      dashboards.count > dashboards.result.length ||
      dashboards.result.some((dashboard) => !exampleIds.has(dashboard.id)),
    examples: exampleDashboards.map((dashboard) => ({
      title: dashboard.dashboard_title,
      href: dashboardUrl(dashboard.slug ?? String(dashboard.id)),
    })),
  };
}

/**
 * A new user's four first steps with what they have done (a check that fails, e.g. for lack
 * of permission, counts as not done), and the example dashboards there are to explore.
 */
export function useFirstSteps(userId: number) {
  const key = ['home', 'first-steps', userId];
  const results = useQueries({
    queries: [
      { queryKey: [...key, 'database'], queryFn: hasOwnDatabase },
      { queryKey: [...key, 'query'], queryFn: () => hasRunQuery(userId) },
      { queryKey: [...key, 'creations'], queryFn: () => fetchCreations(userId) },
    ],
  });
  const [database, query, creations] = results;
  const steps: FirstStep[] = [
    {
      key: 'database',
      title: 'Connect a database',
      description: 'Add a connection to the database your data lives in.',
      href: PAGES.databasesList.path,
      isDone: database.data === true,
    },
    {
      key: 'query',
      title: 'Run a query in SQL Lab',
      description: 'Explore tables and run SQL against any connected database.',
      href: PAGES.sqlLab.path,
      isDone: query.data === true,
    },
    {
      key: 'chart',
      title: 'Build a chart',
      description: 'Pick a dataset and a visualization type, then save the chart.',
      href: PAGES.chartAdd.path,
      isDone: creations.data?.hasChart === true,
    },
    {
      key: 'dashboard',
      title: 'Add it to a dashboard',
      description: 'Gather charts on a dashboard with filters to share.',
      href: PAGES.dashboardsList.path,
      isDone: creations.data?.hasDashboard === true,
    },
  ];
  return {
    isPending: results.some((result) => result.isPending),
    steps,
    examples: creations.data?.examples ?? [],
  };
}
