import { configure, screen, waitFor, within } from '@testing-library/react';
import userEvent, { PointerEventsCheckLevel } from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { buildBootstrap, buildUser } from '../../testing/build-bootstrap';
import { renderApp } from '../../testing/render-app';
import { buildChartItem } from '../charts/testing/build-chart';
import { buildDashboardItem } from '../dashboards/list/testing/build-dashboard';
import { buildDatabaseItem } from '../databases/testing/build-database';
import { buildActivity, buildQueryRun, buildSavedQuery } from './testing/build-home';
import { homeApi } from './testing/home-api';

configure({ asyncUtilTimeout: 10_000 });

const PAGE = '/superset/welcome/';
const ADA = { id: 1, first_name: 'Ada', last_name: 'Admin' };
const OTHER = { id: 2, first_name: 'Bob', last_name: 'Other' };

afterEach(() => {
  vi.unstubAllGlobals();
  window.localStorage.clear();
});

function setupUser() {
  return userEvent.setup({ delay: null, pointerEventsCheck: PointerEventsCheckLevel.Never });
}

function renderHome() {
  return renderApp(PAGE, buildBootstrap({ user: buildUser({ first_name: 'Grace' }) }));
}

function section(title: string): HTMLElement {
  const heading = screen.getByText(title, { selector: '.ant-card-head-title' });
  return heading.closest('.ant-card') as HTMLElement;
}

/** Dashboards and charts made by someone else, as a new user finds the examples. */
const examples = {
  dashboards: [
    buildDashboardItem({
      id: 1,
      slug: 'sales',
      dashboard_title: 'Sales Dashboard',
      owners: [OTHER],
      created_by: OTHER,
      changed_by: OTHER,
    }),
    buildDashboardItem({
      id: 2,
      slug: 'births',
      dashboard_title: 'USA Births Names',
      published: false,
      owners: [OTHER],
      created_by: OTHER,
      changed_by: OTHER,
    }),
  ],
  charts: [
    buildChartItem({
      id: 5,
      slice_name: 'Revenue by region',
      owners: [OTHER],
      created_by: OTHER,
      changed_by: OTHER,
    }),
  ],
  databases: [buildDatabaseItem({ id: 1, database_name: 'examples' })],
};

/**
 * A first start: quickstart created the admin, then loaded the examples as them, so the
 * admin created the example dashboards and more example charts than a page of the list holds.
 */
function firstStart() {
  const onSales = [{ id: 1, dashboard_title: 'Sales Dashboard' }];
  const onBirths = [{ id: 2, dashboard_title: 'USA Births Names' }];
  return {
    dashboards: examples.dashboards.map((dashboard) => ({ ...dashboard, created_by: ADA })),
    charts: Array.from({ length: 120 }, (_, index) =>
      buildChartItem({
        id: 100 + index,
        slice_name: `Example ${index}`,
        dashboards: index % 2 === 0 ? onSales : [...onSales, ...onBirths],
      }),
    ),
    databases: examples.databases,
  };
}

async function findGuidedPath(): Promise<HTMLElement> {
  const title = await screen.findByText('Get started with Superset');
  return title.closest('.ant-card') as HTMLElement;
}

describe('WelcomePage', { timeout: 60_000 }, () => {
  it('lists the dashboards and charts the user viewed, latest first, once each', async () => {
    homeApi({
      activity: [
        buildActivity(),
        buildActivity({ action: 'DashboardRestApi.charts', time_delta_humanized: '2 hours ago' }),
        buildActivity({
          item_type: 'slice',
          item_url: '/explore/?slice_id=5',
          item_title: 'Orders per day',
          time_delta_humanized: '3 hours ago',
        }),
        buildActivity({ item_type: null, item_url: null, item_title: null }),
      ],
    });
    renderHome();

    expect(screen.getByRole('heading', { name: 'Welcome, Grace' })).toBeTruthy();
    expect(document.title).toBe('Home | Superset');
    const recents = section('Recents');
    const sales = await within(recents).findByRole('link', { name: /Sales/ });
    expect(sales.getAttribute('href')).toBe('/superset/dashboard/7/');
    expect(
      within(recents)
        .getByRole('link', { name: /Orders per day/ })
        .getAttribute('href'),
    ).toBe('/explore/?slice_id=5');
    expect(within(recents).getAllByRole('listitem')).toHaveLength(2);
    expect(within(recents).getByText('an hour ago')).toBeTruthy();
    expect(within(recents).queryByText('2 hours ago')).toBeNull();
  });

  it('shows the examples under All, and only favourites under Favorite; a star toggles', async () => {
    const api = homeApi({ ...examples, favoriteDashboardIds: [2] });
    renderHome();
    const user = setupUser();

    const dashboards = section('Dashboards');
    const card = (await within(dashboards).findByRole('link', { name: 'Sales Dashboard' })).closest(
      '.ant-card',
    ) as HTMLElement;
    expect(within(card).getByText('Published')).toBeTruthy();
    expect(within(card).getByText('Modified 3 days ago')).toBeTruthy();
    expect(within(card).getByRole('group', { name: 'Bob Other' })).toBeTruthy();
    expect(within(dashboards).getByText('Draft')).toBeTruthy();
    expect(
      within(dashboards).getByRole('link', { name: 'View all dashboards' }).getAttribute('href'),
    ).toBe('/dashboard/list/');

    await user.click(within(dashboards).getByRole('tab', { name: 'Favorite' }));
    await waitFor(() =>
      expect(within(dashboards).queryByRole('link', { name: 'Sales Dashboard' })).toBeNull(),
    );
    expect(await within(dashboards).findByRole('link', { name: 'USA Births Names' })).toBeTruthy();

    await user.click(within(dashboards).getByRole('tab', { name: 'All' }));
    const star = await within(dashboards).findByRole('button', {
      name: 'Favorite Sales Dashboard',
    });
    await waitFor(() => expect(star.hasAttribute('disabled')).toBe(false));
    await user.click(star);
    await waitFor(() => expect(api.calls()).toContain('POST /api/v1/dashboard/1/favorites/'));

    const charts = section('Charts');
    const chartCard = (
      await within(charts).findByRole('link', { name: 'Revenue by region' })
    ).closest('.ant-card') as HTMLElement;
    expect(within(chartCard).getByText('Pie Chart')).toBeTruthy();
  });

  it('ticks the steps the user has done, links the examples, and stays hidden once dismissed', async () => {
    homeApi({
      ...examples,
      // The examples are made as the user who loads them: they are not the user's dashboards.
      dashboards: examples.dashboards.map((dashboard) => ({ ...dashboard, created_by: ADA })),
      queries: [buildQueryRun()],
      charts: [...examples.charts, buildChartItem({ id: 6, slice_name: 'Mine' })],
    });
    const { unmount } = renderHome();
    const user = setupUser();

    const path = (await screen.findByText('Get started with Superset')).closest(
      '.ant-card',
    ) as HTMLElement;
    expect(
      within(path).getByRole('link', { name: 'Connect a database' }).getAttribute('href'),
    ).toBe('/databaseview/list/');
    expect(within(path).getByRole('link', { name: 'Run a query in SQL Lab (done)' })).toBeTruthy();
    expect(
      within(path).getByRole('link', { name: 'Build a chart (done)' }).getAttribute('href'),
    ).toBe('/chart/add/');
    expect(within(path).getByRole('link', { name: 'Add it to a dashboard' })).toBeTruthy();
    expect(within(path).getAllByLabelText('Done')).toHaveLength(2);
    expect(within(path).getByRole('link', { name: 'Sales Dashboard' }).getAttribute('href')).toBe(
      '/superset/dashboard/sales/',
    );
    expect(within(path).getByRole('link', { name: 'USA Births Names' }).getAttribute('href')).toBe(
      '/superset/dashboard/births/',
    );

    await user.click(within(path).getByRole('button', { name: /Dismiss/ }));
    expect(screen.queryByText('Get started with Superset')).toBeNull();

    unmount();
    renderHome();
    await screen.findByRole('link', { name: 'Sales Dashboard' });
    expect(screen.queryByText('Get started with Superset')).toBeNull();
  });

  it('on a first start, does not count the examples loaded as the user as their work', async () => {
    homeApi(firstStart());
    renderHome();

    const path = await findGuidedPath();
    expect(within(path).getByRole('link', { name: 'Build a chart' })).toBeTruthy();
    expect(within(path).getByRole('link', { name: 'Add it to a dashboard' })).toBeTruthy();
    expect(within(path).queryAllByLabelText('Done')).toHaveLength(0);
    expect(within(path).getByRole('link', { name: 'Sales Dashboard' })).toBeTruthy();
  });

  it('ticks "Build a chart" once the user saved a chart of their own beside the examples', async () => {
    const data = firstStart();
    homeApi({
      ...data,
      charts: [...data.charts, buildChartItem({ id: 99, slice_name: 'My chart', dashboards: [] })],
    });
    renderHome();

    const path = await findGuidedPath();
    expect(within(path).getByRole('link', { name: 'Build a chart (done)' })).toBeTruthy();
    expect(within(path).getByRole('link', { name: 'Add it to a dashboard' })).toBeTruthy();
    expect(within(path).getAllByLabelText('Done')).toHaveLength(1);
  });

  it('hides the guided path once every step is done', async () => {
    const api = homeApi({
      dashboards: [buildDashboardItem({ slug: 'ops', dashboard_title: 'Operations' })],
      charts: [buildChartItem()],
      databases: [
        buildDatabaseItem({ id: 1, database_name: 'examples' }),
        buildDatabaseItem({ id: 2, database_name: 'warehouse' }),
      ],
      queries: [buildQueryRun()],
    });
    renderHome();

    await within(section('Dashboards')).findByRole('link', { name: 'Operations' });
    await waitFor(() =>
      expect(api.calls()).toEqual(
        expect.arrayContaining(['GET /api/v1/query/', 'GET /api/v1/database/']),
      ),
    );
    // The answers are immediate: give React a moment to render the checks' results.
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(screen.queryByText('Get started with Superset')).toBeNull();
  });

  it('shows each section empty, with a hint and where to start', async () => {
    homeApi();
    renderHome();

    expect(await within(section('Recents')).findByText('Nothing viewed yet')).toBeTruthy();
    expect(await within(section('Dashboards')).findByText('No dashboards yet')).toBeTruthy();
    expect(await within(section('Charts')).findByText('No charts yet')).toBeTruthy();
    const saved = section('Saved queries');
    expect(await within(saved).findByText('No saved queries yet')).toBeTruthy();
    expect(within(saved).getByRole('link', { name: 'Open SQL Lab' }).getAttribute('href')).toBe(
      '/sqllab/',
    );

    const user = setupUser();
    await user.click(within(section('Recents')).getByRole('tab', { name: 'Created' }));
    expect(await within(section('Recents')).findByText('Nothing created yet')).toBeTruthy();
    expect(await screen.findByText('Get started with Superset')).toBeTruthy();
  });

  it('lists the saved queries, each opening in SQL Lab', async () => {
    homeApi({ savedQueries: [buildSavedQuery()] });
    renderHome();

    const saved = section('Saved queries');
    const link = await within(saved).findByRole('link', { name: 'Top customers' });
    expect(link.getAttribute('href')).toBe('/sqllab/?savedQueryId=3');
    expect(within(saved).getByText('examples')).toBeTruthy();
    expect(within(saved).getByText('5 minutes ago')).toBeTruthy();
  });

  it('says what could not be loaded when an API fails, and retries', async () => {
    const failure = { status: 500, body: { message: 'Fatal error', errors: [] } };
    let failing = true;
    homeApi(
      { charts: [buildChartItem()] },
      {
        'GET /api/v1/log/recent_activity/': () => failure,
        'GET /api/v1/dashboard/': () =>
          failing ? failure : { body: { count: 0, ids: [], result: [] } },
      },
    );
    renderHome();

    expect(await within(section('Recents')).findByText('Could not load recent items')).toBeTruthy();
    const dashboards = section('Dashboards');
    expect(await within(dashboards).findByText('Could not load dashboards')).toBeTruthy();
    expect(
      await within(section('Charts')).findByRole('link', { name: 'Orders per day' }),
    ).toBeTruthy();

    failing = false;
    await setupUser().click(within(dashboards).getByRole('button', { name: 'Retry' }));
    expect(await within(dashboards).findByText('No dashboards yet')).toBeTruthy();
  });
});
