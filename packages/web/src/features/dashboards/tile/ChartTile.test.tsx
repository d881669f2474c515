import { configure, screen, waitFor, within } from '@testing-library/react';
import userEvent, { PointerEventsCheckLevel } from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { bigNumberResult, dashboardApi, type RecordedRequest } from '../testing/dashboard-api';
import { bigNumberChart, dashboardRow } from '../testing/dashboard-fixtures';
import { renderDashboard } from '../testing/render-dashboard';

configure({ asyncUtilTimeout: 10_000, defaultHidden: true });

beforeEach(() => {
  vi.spyOn(HTMLElement.prototype, 'clientWidth', 'get').mockReturnValue(300);
  vi.spyOn(HTMLElement.prototype, 'clientHeight', 'get').mockReturnValue(200);
});

afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

const CHART_DATA = 'POST /api/v1/chart/data';

/** A dashboard without a saved layout: the default one, chart 1 alone. */
function openDashboard(
  routes: Record<string, (request: RecordedRequest) => { body: unknown }> = {},
) {
  const api = dashboardApi({
    dashboard: dashboardRow(),
    charts: [bigNumberChart(1, 'Revenue')],
    permissions: [
      ['can_csv', 'Superset'],
      ['can_read', 'Explore'],
    ],
    streams: 'manual',
    routes,
  });
  const view = renderDashboard('/superset/dashboard/sales/');
  return { api, view };
}

async function openMenu() {
  const user = userEvent.setup({ delay: null, pointerEventsCheck: PointerEventsCheckLevel.Never });
  await user.click(await screen.findByRole('button', { name: 'More actions of Revenue' }));
  return user;
}

const chartDataCalls = (requests: RecordedRequest[]) =>
  requests.filter((request) => `${request.method} ${request.url}` === CHART_DATA);

describe('ChartTile', { timeout: 60_000 }, () => {
  it('says how fresh the data is in its menu', async () => {
    const { api } = openDashboard();
    await waitFor(() => expect(api.streams).toHaveLength(1));
    const threeMinutesAgo = new Date(Date.now() - 3 * 60_000).toISOString().slice(0, 19);
    api.streams[0]!.push({
      type: 'chart',
      chart_id: 1,
      result: bigNumberResult(10, { is_cached: true, cached_dttm: threeMinutesAgo }),
    });
    api.streams[0]!.end();
    await within(await screen.findByRole('figure', { name: 'Revenue' })).findByText('10');

    await openMenu();

    expect(await screen.findByText('Computed 3 minutes ago (cached)')).toBeTruthy();
  });

  it('refreshes only its chart, forcing the server past its cache', async () => {
    const { api } = openDashboard({
      [CHART_DATA]: () => ({ body: { result: bigNumberResult(99) } }),
    });
    await waitFor(() => expect(api.streams).toHaveLength(1));
    api.streams[0]!.answer(1, 10);
    api.streams[0]!.end();
    const tile = await screen.findByRole('figure', { name: 'Revenue' });
    await within(tile).findByText('10');

    const user = await openMenu();
    await user.click(await screen.findByText('Force refresh'));

    expect(await within(tile).findByText('99')).toBeTruthy();
    const [request] = chartDataCalls(api.requests);
    expect(request?.body).toMatchObject({ force: true, result_type: 'full' });
    expect(api.streams).toHaveLength(1);
  });

  it("shows the chart's SQL and its rows", async () => {
    const { api } = openDashboard({
      [CHART_DATA]: () => ({ body: { result: [{ query: 'SELECT COUNT(*) FROM orders' }] } }),
    });
    await waitFor(() => expect(api.streams).toHaveLength(1));
    api.streams[0]!.answer(1, 10);
    api.streams[0]!.end();
    await within(await screen.findByRole('figure', { name: 'Revenue' })).findByText('10');

    let user = await openMenu();
    await user.click(await screen.findByText('View query'));
    expect(await screen.findByText('SELECT COUNT(*) FROM orders')).toBeTruthy();
    expect(chartDataCalls(api.requests)[0]?.body).toMatchObject({ result_type: 'query' });
    await user.click(screen.getByRole('button', { name: 'Close' }));

    user = await openMenu();
    await user.click(await screen.findByText('View as table'));
    const dialog = await screen.findByRole('dialog', { name: 'Revenue: results' });
    expect(within(dialog).getByText('1 row')).toBeTruthy();
  });

  it('downloads its data as CSV', async () => {
    const createObjectURL = vi.fn(() => 'blob:csv');
    // jsdom has no object URLs; the download hands the file over through one.
    vi.stubGlobal(
      'URL',
      class extends URL {
        static override createObjectURL = createObjectURL;
        static override revokeObjectURL = vi.fn();
      },
    );
    const { api } = openDashboard({ [CHART_DATA]: () => ({ body: 'count\n10\n' }) });
    await waitFor(() => expect(api.streams).toHaveLength(1));
    api.streams[0]!.answer(1, 10);
    api.streams[0]!.end();
    await within(await screen.findByRole('figure', { name: 'Revenue' })).findByText('10');

    const user = await openMenu();
    await user.hover(await screen.findByText('Download'));
    await user.click(await screen.findByText('Export to .CSV'));

    await waitFor(() => expect(createObjectURL).toHaveBeenCalled());
    expect(chartDataCalls(api.requests)[0]?.body).toMatchObject({ result_format: 'csv' });
  });

  it('opens the chart in Explore', async () => {
    const { api } = openDashboard();
    await waitFor(() => expect(api.streams).toHaveLength(1));

    const user = await openMenu();
    await user.click(await screen.findByText('Open in Explore'));

    expect((await screen.findByLabelText('Current location')).textContent).toBe(
      '/explore/?slice_id=1',
    );
  });
});
