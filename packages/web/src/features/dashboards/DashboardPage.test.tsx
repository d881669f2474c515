import { act, configure, screen, waitFor, within } from '@testing-library/react';
import userEvent, { PointerEventsCheckLevel } from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { dashboardApi } from './testing/dashboard-api';
import { bigNumberChart, dashboardRow, twoTabLayout } from './testing/dashboard-fixtures';
import { renderDashboard } from './testing/render-dashboard';
import { buildBootstrap } from '../../testing/build-bootstrap';
import { renderApp } from '../../testing/render-app';
import { getLabelColors } from '../../visualizations/color';

configure({ asyncUtilTimeout: 10_000, defaultHidden: true });

beforeEach(() => {
  // jsdom lays nothing out; charts draw only in a box with a size.
  vi.spyOn(HTMLElement.prototype, 'clientWidth', 'get').mockReturnValue(300);
  vi.spyOn(HTMLElement.prototype, 'clientHeight', 'get').mockReturnValue(200);
});

afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

const CHARTS = [
  bigNumberChart(1, 'Revenue'),
  bigNumberChart(2, 'Orders'),
  bigNumberChart(3, 'Staff'),
];
const DASHBOARD = dashboardRow({ position_json: JSON.stringify(twoTabLayout()) });

function setupUser() {
  return userEvent.setup({ delay: null, pointerEventsCheck: PointerEventsCheckLevel.Never });
}

function tile(name: string): HTMLElement {
  return screen.getByRole('figure', { name });
}

describe('DashboardPage', { timeout: 60_000 }, () => {
  it('loads the shown tab in one streamed request and draws each chart as its line arrives', async () => {
    const api = dashboardApi({ dashboard: DASHBOARD, charts: CHARTS, streams: 'manual' });
    renderDashboard('/superset/dashboard/sales/');

    await waitFor(() => expect(api.streams).toHaveLength(1));
    const stream = api.streams[0]!;
    expect(stream.chartIds).toEqual([1, 2]);
    expect(stream.request.headers.get('X-CSRFToken')).toBe('csrf-1');

    stream.answer(2, 20);
    expect(await within(tile('Orders')).findByText('20')).toBeTruthy();
    expect(within(tile('Revenue')).getByRole('status', { name: 'Loading chart' })).toBeTruthy();

    stream.answer(1, 10);
    stream.end();
    expect(await within(tile('Revenue')).findByText('10')).toBeTruthy();
  });

  it("forces the dashboard's label colours in its charts while it is shown", async () => {
    const dashboard = dashboardRow({
      position_json: JSON.stringify(twoTabLayout()),
      json_metadata: JSON.stringify({ label_colors: { EU: '#ff0000' } }),
    });
    dashboardApi({ dashboard, charts: CHARTS });
    const { unmount } = renderDashboard('/superset/dashboard/7/');
    await waitFor(() => expect(getLabelColors().findForcedColor(' EU ')).toBe('#ff0000'));
    unmount();
    expect(getLabelColors().findForcedColor('EU')).toBeUndefined();
  });

  it('asks for the charts of a tab only when the tab is first shown', async () => {
    const api = dashboardApi({ dashboard: DASHBOARD, charts: CHARTS });
    renderDashboard('/superset/dashboard/7/');
    const user = setupUser();

    expect(
      await within(await screen.findByRole('figure', { name: 'Revenue' })).findByText('10'),
    ).toBeTruthy();
    expect(screen.queryByRole('figure', { name: 'Staff' })).toBeNull();
    expect(api.streams.map((stream) => stream.chartIds)).toEqual([[1, 2]]);

    await user.click(screen.getByRole('tab', { name: 'People' }));
    expect(
      await within(await screen.findByRole('figure', { name: 'Staff' })).findByText('30'),
    ).toBeTruthy();
    expect(api.streams.map((stream) => stream.chartIds)).toEqual([[1, 2], [3]]);

    // Back to the first tab: its charts kept their data, nothing is asked again.
    await user.click(screen.getByRole('tab', { name: 'Sales' }));
    expect(within(tile('Revenue')).getByText('10')).toBeTruthy();
    expect(api.streams).toHaveLength(2);
  });

  it("shows a chart's error line in its tile, and says which charts got no answer", async () => {
    const api = dashboardApi({ dashboard: DASHBOARD, charts: CHARTS, streams: 'manual' });
    renderDashboard('/superset/dashboard/sales/');
    await waitFor(() => expect(api.streams).toHaveLength(1));

    api.streams[0]!.push({
      type: 'error',
      chart_id: 1,
      status: 403,
      error: {
        message: 'You may not access the orders dataset.',
        error_type: 'DATASOURCE_SECURITY_ACCESS_ERROR',
      },
    });
    api.streams[0]!.end();

    expect(
      await within(tile('Revenue')).findByText(/You may not access the orders dataset/),
    ).toBeTruthy();
    expect(
      await within(tile('Orders')).findByText(/The server sent no data for this chart/),
    ).toBeTruthy();
  });

  it('opens a permalink on its stored tab and asks only for that tab’s charts', async () => {
    const api = dashboardApi({
      dashboard: DASHBOARD,
      charts: CHARTS,
      routes: {
        'GET /api/v1/dashboard/permalink/abc': () => ({
          body: { dashboardId: '7', state: { activeTabs: ['TAB-B'], dataMask: {} } },
        }),
      },
    });
    renderDashboard('/superset/dashboard/p/abc/');

    expect(
      await within(await screen.findByRole('figure', { name: 'Staff' })).findByText('30'),
    ).toBeTruthy();
    expect(api.streams.map((stream) => stream.chartIds)).toEqual([[3]]);
  });

  it('opens the tab a #anchor names', async () => {
    const api = dashboardApi({ dashboard: DASHBOARD, charts: CHARTS });
    renderDashboard('/superset/dashboard/sales/#TAB-B');

    expect(await screen.findByRole('figure', { name: 'Staff' })).toBeTruthy();
    await waitFor(() => expect(api.streams.map((stream) => stream.chartIds)).toEqual([[3]]));
  });

  it('refreshes every shown chart in one forced request from the dashboard menu', async () => {
    const api = dashboardApi({ dashboard: DASHBOARD, charts: CHARTS });
    renderDashboard('/superset/dashboard/sales/');
    const user = setupUser();
    await within(await screen.findByRole('figure', { name: 'Revenue' })).findByText('10');

    await user.click(screen.getByRole('button', { name: 'Dashboard actions' }));
    await user.click(await screen.findByText('Refresh dashboard'));

    await waitFor(() => expect(api.streams).toHaveLength(2));
    expect(api.streams[1]!.request.body).toMatchObject({ force: true });
    expect(api.streams[1]!.chartIds).toEqual([1, 2]);
  });

  it('shows the dashboard header and Edit to owners, and hides the header in standalone modes 2 and 3', async () => {
    dashboardApi({
      dashboard: DASHBOARD,
      charts: CHARTS,
      permissions: [['can_write', 'Dashboard']],
    });
    const { unmount } = renderDashboard('/superset/dashboard/sales/');
    expect(await screen.findByRole('heading', { name: 'Sales' })).toBeTruthy();
    expect(await screen.findByRole('button', { name: /Edit dashboard/ })).toBeTruthy();
    expect(screen.getByText('Published')).toBeTruthy();
    unmount();

    for (const mode of ['2', '3']) {
      dashboardApi({ dashboard: DASHBOARD, charts: CHARTS });
      const view = renderDashboard(`/superset/dashboard/sales/?standalone=${mode}`);
      expect(await screen.findByRole('figure', { name: 'Revenue' })).toBeTruthy();
      expect(screen.queryByRole('heading', { name: 'Sales' })).toBeNull();
      expect(screen.queryByRole('button', { name: 'Dashboard actions' })).toBeNull();
      view.unmount();
    }
  });

  it('says when the dashboard does not exist', async () => {
    dashboardApi({ dashboard: DASHBOARD, charts: CHARTS });
    renderDashboard('/superset/dashboard/nope/');

    expect(await screen.findByText('Not found')).toBeTruthy();
  });

  it('hides the app navigation bar in standalone mode 1 (fullscreen) and keeps the dashboard header', async () => {
    dashboardApi({ dashboard: DASHBOARD, charts: CHARTS });
    const bootstrap = buildBootstrap({
      common: { menu: [{ name: 'Dashboards', label: 'Dashboards', url: '/dashboard/list/' }] },
    });
    const full = renderApp('/superset/dashboard/sales/', bootstrap);
    expect(await screen.findByRole('heading', { name: 'Sales' })).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Dashboards' })).toBeTruthy();
    full.unmount();

    renderApp('/superset/dashboard/sales/?standalone=1', bootstrap);
    expect(await screen.findByRole('heading', { name: 'Sales' })).toBeTruthy();
    expect(screen.queryByRole('link', { name: 'Dashboards' })).toBeNull();
  });

  it('copies a permalink of the current tabs and filters', async () => {
    const api = dashboardApi({
      dashboard: DASHBOARD,
      charts: CHARTS,
      routes: {
        'POST /api/v1/dashboard/7/permalink': () => ({
          body: { key: 'k1', url: '/superset/dashboard/p/k1/' },
        }),
      },
    });
    renderDashboard('/superset/dashboard/sales/');
    const user = setupUser();
    await user.click(await screen.findByRole('tab', { name: 'People' }));

    await user.click(screen.getByRole('button', { name: 'Dashboard actions' }));
    await user.hover(await screen.findByText('Share'));
    await user.click(await screen.findByText('Copy permalink to clipboard'));

    expect(await screen.findByText('Permalink copied to the clipboard')).toBeTruthy();
    expect(await navigator.clipboard.readText()).toBe(
      `${window.location.origin}/superset/dashboard/p/k1/`,
    );
    const request = api.requests.find((entry) => entry.url.endsWith('/permalink'));
    expect(request?.body).toEqual({ dataMask: {}, activeTabs: ['TAB-B'] });
  });

  it('switches an owner to the editor, and back to the dashboard on Discard', async () => {
    dashboardApi({
      dashboard: DASHBOARD,
      charts: CHARTS,
      permissions: [['can_write', 'Dashboard']],
    });
    renderDashboard('/superset/dashboard/sales/');
    const user = setupUser();

    await user.click(await screen.findByRole('button', { name: /Edit dashboard/ }));
    await user.click(await screen.findByRole('button', { name: 'Discard' }));

    expect(await screen.findByRole('button', { name: /Edit dashboard/ })).toBeTruthy();
  });

  it('offers no Edit button to users who do not own the dashboard', async () => {
    const api = dashboardApi({
      dashboard: dashboardRow({ owners: [], position_json: DASHBOARD.position_json }),
      charts: CHARTS,
      permissions: [['can_write', 'Dashboard']],
    });
    renderDashboard(
      '/superset/dashboard/sales/',
      buildBootstrap({ user: { ...buildBootstrap().user!, id: 5, roles: ['Alpha'] } }),
    );

    expect(await screen.findByRole('figure', { name: 'Revenue' })).toBeTruthy();
    // The roles (with can_write on Dashboard) have arrived and been read.
    await waitFor(() => expect(api.requests.some((r) => r.url === '/api/v1/me/roles/')).toBe(true));
    await act(() => new Promise((resolve) => setTimeout(resolve, 100)));
    expect(screen.queryByRole('button', { name: /Edit dashboard/ })).toBeNull();
  });
});
