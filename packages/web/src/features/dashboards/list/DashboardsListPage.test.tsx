import { parseRison } from '@superset-ts/shared';
import { configure, screen, waitFor, within } from '@testing-library/react';
import userEvent, { PointerEventsCheckLevel } from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { buildBootstrap } from '../../../testing/build-bootstrap';
import { renderPage } from '../../charts/testing/render-page';
import { queryOf, type RecordedRequest } from '../../users/testing/mock-api';
import { DashboardsListPage } from './DashboardsListPage';
import { buildDashboardItem } from './testing/build-dashboard';
import { dashboardsApi } from './testing/dashboards-api';

const PAGE = '/dashboard/list/';
const bootstrap = buildBootstrap();

// antd's table and modals render slowly in jsdom; give each wait room.
configure({ asyncUtilTimeout: 10_000, defaultHidden: true });

afterEach(() => {
  vi.unstubAllGlobals();
});

function setupUser() {
  return userEvent.setup({ delay: null, pointerEventsCheck: PointerEventsCheckLevel.Never });
}

function renderList() {
  return renderPage(PAGE, <DashboardsListPage />, bootstrap);
}

async function rowOf(name: string): Promise<HTMLElement> {
  return (await screen.findByRole('link', { name })).closest('tr') as HTMLElement;
}

function lastListQuery(requests: readonly RecordedRequest[]): unknown {
  const last = requests.filter(
    (r) => r.method === 'GET' && r.url.startsWith('/api/v1/dashboard/?'),
  );
  return parseRison(queryOf(last.at(-1)));
}

async function pick(user: ReturnType<typeof setupUser>, filter: string, option: string) {
  await user.click(screen.getByRole('combobox', { name: filter }));
  const options = await screen.findAllByTitle(option);
  await user.click(options.at(-1) as HTMLElement);
}

describe('DashboardsListPage', { timeout: 120_000 }, () => {
  it('lists dashboards with status, owners and certification, linked by slug or id', async () => {
    dashboardsApi({
      dashboards: [
        buildDashboardItem(),
        buildDashboardItem({
          id: 8,
          slug: null,
          dashboard_title: 'Churn',
          published: false,
          status: 'draft',
          certified_by: 'Data team',
          certification_details: 'Checked weekly',
        }),
      ],
    });
    renderList();

    const sales = await rowOf('Sales');
    expect(screen.getByRole('link', { name: 'Sales' }).getAttribute('href')).toBe(
      '/superset/dashboard/sales/',
    );
    expect(within(sales).getByText('Published')).toBeTruthy();
    expect(within(sales).getByRole('group', { name: 'Ada Admin' }).textContent).toBe('AA');
    expect(sales.textContent).toContain('3 days ago');
    expect(within(sales).queryByLabelText('Certified')).toBeNull();

    const churn = await rowOf('Churn');
    // Without a slug the link uses the id.
    expect(within(churn).getByRole('link', { name: 'Churn' }).getAttribute('href')).toBe(
      '/superset/dashboard/8/',
    );
    expect(within(churn).getByText('Draft')).toBeTruthy();
    expect(within(churn).getByLabelText('Certified')).toBeTruthy();
    expect(within(churn).getByRole('link', { name: 'Edit Churn' }).getAttribute('href')).toBe(
      '/superset/dashboard/8/?edit=true',
    );
    expect(document.title).toBe('Dashboards | Superset');
  });

  it('sends each filter as the operator Superset uses', async () => {
    const api = dashboardsApi();
    renderList();
    await rowOf('Sales');
    const user = setupUser();

    await user.type(screen.getByRole('searchbox', { name: 'Search dashboards' }), 'sal');
    await waitFor(() =>
      expect(lastListQuery(api.requests)).toMatchObject({
        filters: [{ col: 'dashboard_title', opr: 'title_or_slug', value: 'sal' }],
      }),
    );

    await pick(user, 'Owner', 'Ada Admin');
    await pick(user, 'Status', 'Draft');
    await pick(user, 'Favorite', 'Yes');
    await pick(user, 'Certified', 'No');

    await waitFor(() =>
      expect(lastListQuery(api.requests)).toEqual({
        filters: [
          { col: 'dashboard_title', opr: 'title_or_slug', value: 'sal' },
          { col: 'owners', opr: 'rel_m_m', value: 1 },
          { col: 'published', opr: 'eq', value: false },
          { col: 'id', opr: 'dashboard_is_certified', value: false },
          { col: 'id', opr: 'dashboard_is_favorite', value: true },
        ],
        order_column: 'changed_on_delta_humanized',
        order_direction: 'desc',
        page: 0,
        page_size: 25,
      }),
    );

    await user.click(screen.getByRole('button', { name: 'Clear all' }));
    await waitFor(() => expect(lastListQuery(api.requests)).toMatchObject({ filters: [] }));
  });

  it('shows which dashboards are favourites and toggles the star', async () => {
    let favorite = true;
    const api = dashboardsApi(
      {},
      {
        'GET /api/v1/dashboard/favorite_status/': () => ({
          body: { result: [{ id: 7, value: favorite }] },
        }),
        'DELETE /api/v1/dashboard/7/favorites/': () => {
          favorite = false;
          return { body: { result: 'OK' } };
        },
        'POST /api/v1/dashboard/7/favorites/': () => {
          favorite = true;
          return { body: { result: 'OK' } };
        },
      },
    );
    renderList();
    const user = setupUser();
    const star = await screen.findByRole('button', { name: 'Favorite Sales' });
    await waitFor(() => expect(star.getAttribute('aria-pressed')).toBe('true'));

    await user.click(star);
    await waitFor(() => expect(star.getAttribute('aria-pressed')).toBe('false'));
    expect(api.calls()).toContain('DELETE /api/v1/dashboard/7/favorites/');

    await waitFor(() => expect(star.hasAttribute('disabled')).toBe(false));
    await user.click(star);
    await waitFor(() => expect(star.getAttribute('aria-pressed')).toBe('true'));
    expect(api.calls()).toContain('POST /api/v1/dashboard/7/favorites/');
  });

  it('puts the star back and says why when the server refuses', async () => {
    dashboardsApi(
      {},
      {
        'POST /api/v1/dashboard/7/favorites/': () => ({
          status: 404,
          body: { message: 'Dashboard not found', errors: [] },
        }),
      },
    );
    renderList();
    const user = setupUser();
    const star = await screen.findByRole('button', { name: 'Favorite Sales' });
    await waitFor(() => expect(star.hasAttribute('disabled')).toBe(false));

    await user.click(star);
    expect(
      await screen.findByText(/Sales could not be added to favorites: Dashboard not found/),
    ).toBeTruthy();
    await waitFor(() => expect(star.getAttribute('aria-pressed')).toBe('false'));
  });

  it('bulk deletes the selected dashboards in one request once DELETE is typed', async () => {
    const api = dashboardsApi(
      {
        dashboards: [
          buildDashboardItem(),
          buildDashboardItem({ id: 8, slug: null, dashboard_title: 'Churn' }),
        ],
      },
      { 'DELETE /api/v1/dashboard/': () => ({ body: { message: 'Deleted 2 dashboards' } }) },
    );
    renderList();
    const user = setupUser();
    await user.click(await screen.findByRole('checkbox', { name: 'Select Sales' }));
    await user.click(screen.getByRole('checkbox', { name: 'Select Churn' }));
    await user.click(await screen.findByRole('button', { name: /Delete selected/ }));

    const dialog = await screen.findByRole('dialog', { name: 'Delete 2 dashboards?' });
    const confirm = within(dialog).getByRole('button', { name: 'Delete' });
    expect(confirm.hasAttribute('disabled')).toBe(true);
    await user.type(within(dialog).getByLabelText('Type DELETE to confirm'), 'delete{Enter}');
    await waitFor(() => {
      const request = api.requests.find((r) => r.method === 'DELETE');
      expect(parseRison(queryOf(request))).toEqual([7, 8]);
    });
    expect(await screen.findByText('Deleted 2 dashboards')).toBeTruthy();
  });

  it('deletes one dashboard from its row', async () => {
    let isDeleted = false;
    dashboardsApi(
      {},
      {
        'DELETE /api/v1/dashboard/7': () => {
          isDeleted = true;
          return { body: { message: 'OK' } };
        },
      },
    );
    renderList();
    const user = setupUser();
    await user.click(
      await within(await rowOf('Sales')).findByRole('button', { name: 'Delete Sales' }),
    );
    const dialog = await screen.findByRole('dialog', { name: 'Delete Sales?' });
    await user.type(within(dialog).getByLabelText('Type DELETE to confirm'), 'DELETE');
    await user.click(within(dialog).getByRole('button', { name: 'Delete' }));
    await waitFor(() => expect(isDeleted).toBe(true));
    expect(await screen.findByText('Sales deleted')).toBeTruthy();
  });

  it('creates an untitled dashboard from "+ Dashboard" and opens it in edit mode', async () => {
    const api = dashboardsApi(
      {},
      { 'POST /api/v1/dashboard/': () => ({ status: 201, body: { id: 31, result: {} } }) },
    );
    renderList();
    const user = setupUser();
    await user.click(await screen.findByRole('button', { name: 'Dashboard' }));

    expect((await screen.findByLabelText('Current location')).textContent).toBe(
      '/superset/dashboard/31/?edit=true',
    );
    const request = api.requests.find((r) => r.method === 'POST');
    expect(request?.body).toEqual({ dashboard_title: '[ untitled dashboard ]' });
  });

  it('offers no creating, selecting or deleting without can_write on Dashboard', async () => {
    const api = dashboardsApi({ canWrite: false });
    renderList();
    const row = await rowOf('Sales');
    await waitFor(() => expect(api.calls()).toContain('GET /api/v1/me/roles/'));
    expect(within(row).queryByRole('checkbox')).toBeNull();
    expect(within(row).queryByRole('button', { name: 'Delete Sales' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Dashboard' })).toBeNull();
    // Anyone who can read dashboards may still star them.
    expect(within(row).getByRole('button', { name: 'Favorite Sales' })).toBeTruthy();
  });

  it('says when no dashboard matches the filters and clears them', async () => {
    dashboardsApi({ dashboards: [] });
    renderList();
    const user = setupUser();
    expect(await screen.findByText('No dashboards yet')).toBeTruthy();
    await pick(user, 'Status', 'Published');
    expect(await screen.findByText('No dashboard matches these filters')).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Clear filters' }));
    expect(await screen.findByText('No dashboards yet')).toBeTruthy();
  });

  it('offers to retry when the list cannot be loaded', async () => {
    dashboardsApi(
      {},
      {
        'GET /api/v1/dashboard/': () => ({
          status: 500,
          body: { message: 'Database is down', errors: [] },
        }),
      },
    );
    renderList();
    expect(await screen.findByText('The dashboards could not be loaded')).toBeTruthy();
    expect(screen.getByText('Database is down')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Retry' })).toBeTruthy();
  });
});
