import { parseRison } from '@superset-ts/shared';
import { configure, screen, waitFor, within } from '@testing-library/react';
import userEvent, { PointerEventsCheckLevel } from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { buildBootstrap } from '../../testing/build-bootstrap';
import { queryOf, type RecordedRequest } from '../users/testing/mock-api';
import { ChartsListPage } from './ChartsListPage';
import { buildChartItem } from './testing/build-chart';
import { chartsApi } from './testing/charts-api';
import { renderPage } from './testing/render-page';

const PAGE = '/chart/list/';
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
  return renderPage(PAGE, <ChartsListPage />, bootstrap);
}

async function rowOf(name: string): Promise<HTMLElement> {
  return (await screen.findByRole('link', { name })).closest('tr') as HTMLElement;
}

function lastListQuery(requests: readonly RecordedRequest[]): unknown {
  const last = requests.filter((r) => r.method === 'GET' && r.url.startsWith('/api/v1/chart/?'));
  return parseRison(queryOf(last.at(-1)));
}

describe('ChartsListPage', { timeout: 120_000 }, () => {
  it('lists charts with their type, dataset, owners, certification and links to Explore', async () => {
    chartsApi({
      charts: [
        buildChartItem(),
        buildChartItem({
          id: 6,
          slice_name: 'Legacy flow',
          viz_type: 'acme_custom_viz',
          certified_by: 'Data team',
          certification_details: 'Checked weekly',
        }),
      ],
    });
    renderList();

    const row = await rowOf('Orders per day');
    expect(screen.getByRole('link', { name: 'Orders per day' }).getAttribute('href')).toBe(
      '/explore/?slice_id=5',
    );
    expect(within(row).getByText('Pie Chart')).toBeTruthy();
    expect(within(row).getByRole('link', { name: 'orders' }).getAttribute('href')).toBe(
      '/explore/?datasource_type=table&datasource_id=11',
    );
    expect(within(row).getByRole('group', { name: 'Ada Admin' }).textContent).toBe('AA');
    expect(row.textContent).toContain('2 days ago');
    expect(within(row).queryByLabelText('Certified')).toBeNull();

    const legacy = await rowOf('Legacy flow');
    // A type with no plugin here shows its key.
    expect(within(legacy).getByText('acme_custom_viz')).toBeTruthy();
    expect(within(legacy).getByLabelText('Certified')).toBeTruthy();
    expect(
      within(legacy).getByRole('link', { name: 'Edit Legacy flow' }).getAttribute('href'),
    ).toBe('/explore/?slice_id=6');
    expect(document.title).toBe('Charts | Superset');
  });

  it('sends each filter as the operator Superset uses', async () => {
    const api = chartsApi();
    renderList();
    await rowOf('Orders per day');
    const user = setupUser();

    await user.type(screen.getByRole('searchbox', { name: 'Search charts' }), 'orders');
    await waitFor(() =>
      expect(lastListQuery(api.requests)).toMatchObject({
        filters: [{ col: 'slice_name', opr: 'chart_all_text', value: 'orders' }],
      }),
    );

    // The list of types is long and virtual: search it as a user would.
    await user.type(screen.getByRole('combobox', { name: 'Type' }), 'pie');
    await user.click(await screen.findByTitle('Pie Chart'));
    await user.click(screen.getByRole('combobox', { name: 'Favorite' }));
    await user.click(await screen.findByTitle('Yes'));
    await user.click(screen.getByRole('combobox', { name: 'Certified' }));
    const certifiedList = await screen.findAllByTitle('No');
    await user.click(certifiedList.at(-1) as HTMLElement);
    await user.click(screen.getByRole('combobox', { name: 'Dataset' }));
    await user.click(await screen.findByTitle('orders'));
    await user.click(screen.getByRole('combobox', { name: 'Dashboard' }));
    await user.click(await screen.findByTitle('Sales'));

    await waitFor(() =>
      expect(lastListQuery(api.requests)).toMatchObject({
        filters: [
          { col: 'slice_name', opr: 'chart_all_text', value: 'orders' },
          { col: 'viz_type', opr: 'eq', value: 'pie' },
          { col: 'datasource_id', opr: 'eq', value: 11 },
          { col: 'dashboards', opr: 'rel_m_m', value: 7 },
          { col: 'id', opr: 'chart_is_favorite', value: true },
          { col: 'id', opr: 'chart_is_certified', value: false },
        ],
        page: 0,
      }),
    );

    await user.click(screen.getByRole('button', { name: 'Clear all' }));
    await waitFor(() => expect(lastListQuery(api.requests)).toMatchObject({ filters: [] }));
  });

  it('links each chart to the dashboards it is on, counting those past the third', async () => {
    const dashboards = ['Sales', 'Ops', 'Churn', 'Growth'].map((title, index) => ({
      id: index + 1,
      dashboard_title: title,
    }));
    chartsApi({
      charts: [buildChartItem({ dashboards }), buildChartItem({ id: 6, slice_name: 'Returns' })],
    });
    renderList();

    const row = await rowOf('Orders per day');
    expect(within(row).getByRole('link', { name: 'Sales' }).getAttribute('href')).toBe(
      '/superset/dashboard/1/',
    );
    expect(within(row).getByRole('link', { name: 'Churn' })).toBeTruthy();
    expect(within(row).queryByRole('link', { name: 'Growth' })).toBeNull();
    expect(within(row).getByText('+1')).toBeTruthy();
    expect(within(await rowOf('Returns')).queryAllByRole('link', { name: 'Sales' })).toEqual([]);
  });

  it('shows which charts are favourites and toggles the star', async () => {
    let favorite = false;
    const api = chartsApi(
      { favoriteIds: [] },
      {
        'GET /api/v1/chart/favorite_status/': () => ({
          body: { result: [{ id: 5, value: favorite }] },
        }),
        'POST /api/v1/chart/5/favorites/': () => {
          favorite = true;
          return { body: { result: 'OK' } };
        },
        'DELETE /api/v1/chart/5/favorites/': () => {
          favorite = false;
          return { body: { result: 'OK' } };
        },
      },
    );
    renderList();
    const user = setupUser();
    const star = await screen.findByRole('button', { name: 'Favorite Orders per day' });
    await waitFor(() => expect(star.hasAttribute('disabled')).toBe(false));
    expect(star.getAttribute('aria-pressed')).toBe('false');

    await user.click(star);
    await waitFor(() => expect(star.getAttribute('aria-pressed')).toBe('true'));
    expect(api.calls()).toContain('POST /api/v1/chart/5/favorites/');

    await waitFor(() => expect(star.hasAttribute('disabled')).toBe(false));
    await user.click(star);
    await waitFor(() => expect(star.getAttribute('aria-pressed')).toBe('false'));
    expect(api.calls()).toContain('DELETE /api/v1/chart/5/favorites/');
  });

  it('puts the star back when the server refuses the change', async () => {
    chartsApi(
      {},
      {
        'POST /api/v1/chart/5/favorites/': () => ({
          status: 404,
          body: { message: 'Chart not found', errors: [] },
        }),
      },
    );
    renderList();
    const user = setupUser();
    const star = await screen.findByRole('button', { name: 'Favorite Orders per day' });
    await waitFor(() => expect(star.hasAttribute('disabled')).toBe(false));

    await user.click(star);
    expect(
      await screen.findByText(/could not be added to favorites: Chart not found/),
    ).toBeTruthy();
    await waitFor(() => expect(star.getAttribute('aria-pressed')).toBe('false'));
  });

  it('bulk deletes the selected charts in one request once DELETE is typed', async () => {
    const api = chartsApi(
      { charts: [buildChartItem(), buildChartItem({ id: 6, slice_name: 'Returns' })] },
      { 'DELETE /api/v1/chart/': () => ({ body: { message: 'Deleted 2 charts' } }) },
    );
    renderList();
    const user = setupUser();
    await user.click(await screen.findByRole('checkbox', { name: 'Select Orders per day' }));
    await user.click(screen.getByRole('checkbox', { name: 'Select Returns' }));
    await user.click(await screen.findByRole('button', { name: /Delete selected/ }));

    const dialog = await screen.findByRole('dialog', { name: 'Delete 2 charts?' });
    const confirm = within(dialog).getByRole('button', { name: 'Delete' });
    expect(confirm.hasAttribute('disabled')).toBe(true);
    await user.type(within(dialog).getByLabelText('Type DELETE to confirm'), 'delete{Enter}');
    await waitFor(() => {
      const request = api.requests.find((r) => r.method === 'DELETE');
      expect(parseRison(queryOf(request))).toEqual([5, 6]);
    });
    expect(await screen.findByText('Deleted 2 charts')).toBeTruthy();
  });

  it('deletes one chart from its row', async () => {
    let isDeleted = false;
    chartsApi(
      {},
      {
        'DELETE /api/v1/chart/5': () => {
          isDeleted = true;
          return { body: { message: 'OK' } };
        },
      },
    );
    renderList();
    const user = setupUser();
    await user.click(
      await within(await rowOf('Orders per day')).findByRole('button', {
        name: 'Delete Orders per day',
      }),
    );
    const dialog = await screen.findByRole('dialog', { name: 'Delete Orders per day?' });
    await user.type(within(dialog).getByLabelText('Type DELETE to confirm'), 'DELETE');
    await user.click(within(dialog).getByRole('button', { name: 'Delete' }));
    await waitFor(() => expect(isDeleted).toBe(true));
    expect(await screen.findByText('Orders per day deleted')).toBeTruthy();
  });

  it('offers no creating, selecting or deleting without can_write on Chart', async () => {
    const api = chartsApi({ canWrite: false });
    renderList();
    const row = await rowOf('Orders per day');
    await waitFor(() => expect(api.calls()).toContain('GET /api/v1/me/roles/'));
    expect(within(row).queryByRole('checkbox')).toBeNull();
    expect(within(row).queryByRole('button', { name: 'Delete Orders per day' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Chart' })).toBeNull();
    // Anyone who can read charts may still star them.
    expect(within(row).getByRole('button', { name: 'Favorite Orders per day' })).toBeTruthy();
  });

  it('goes to the new chart page from "+ Chart"', async () => {
    chartsApi();
    renderList();
    const user = setupUser();
    await user.click(await screen.findByRole('button', { name: 'Chart' }));
    expect((await screen.findByLabelText('Current location')).textContent).toBe('/chart/add/');
  });

  it('says when no chart matches the filters and clears them', async () => {
    chartsApi({ charts: [] });
    renderList();
    const user = setupUser();
    expect(await screen.findByText('No charts yet')).toBeTruthy();
    await user.click(screen.getByRole('combobox', { name: 'Favorite' }));
    await user.click(await screen.findByTitle('Yes'));
    expect(await screen.findByText('No chart matches these filters')).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Clear filters' }));
    expect(await screen.findByText('No charts yet')).toBeTruthy();
  });

  it('offers to retry when the list cannot be loaded', async () => {
    chartsApi(
      {},
      {
        'GET /api/v1/chart/': () => ({
          status: 500,
          body: { message: 'Database is down', errors: [] },
        }),
      },
    );
    renderList();
    expect(await screen.findByText('The charts could not be loaded')).toBeTruthy();
    expect(screen.getByText('Database is down')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Retry' })).toBeTruthy();
  });
});
