import { parseRison } from '@superset-ts/shared';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { configure, render, screen, waitFor } from '@testing-library/react';
import userEvent, { PointerEventsCheckLevel } from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { chartRegistry, type ChartFormData } from '../../../visualizations';
import { mockApi, queryOf, type RecordedRequest } from '../../users/testing/mock-api';
import type { ExploreSlice } from '../useExploreWorkspace';
import { buildChartItem } from '../../charts/testing/build-chart';
import { buildDashboardItem } from '../../dashboards/list/testing/build-dashboard';
import { SaveChartModal } from './SaveChartModal';

configure({ asyncUtilTimeout: 10_000 });

afterEach(() => {
  vi.unstubAllGlobals();
});

const plugin = chartRegistry.getChartPlugin('pie');
const formData: ChartFormData = {
  datasource: '3__table',
  viz_type: 'pie',
  slice_id: 5,
  groupby: ['region'],
  metric: 'count',
  adhoc_filters: [],
  row_limit: 100,
};
const slice: ExploreSlice = { slice_id: 5, slice_name: 'Sales by region', owners: [1] };

function setup(props: Partial<Parameters<typeof SaveChartModal>[0]> = {}) {
  const onSaved = vi.fn();
  const onClose = vi.fn();
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  render(
    <QueryClientProvider client={queryClient}>
      <SaveChartModal
        title="Sales by region"
        slice={null}
        canOverwrite={false}
        formData={formData}
        plugin={plugin}
        userId={1}
        dashboardRights={{ isAdmin: false, canCreate: true }}
        onSaved={onSaved}
        onClose={onClose}
        {...props}
      />
    </QueryClientProvider>,
  );
  const user = userEvent.setup({ delay: null, pointerEventsCheck: PointerEventsCheckLevel.Never });
  return { onSaved, onClose, user };
}

const dialog = () => screen.getByRole('dialog', { name: 'Save chart' });

describe('SaveChartModal', { timeout: 60_000 }, () => {
  it('saves a new chart with its form data and query context, owned by the user', async () => {
    const api = mockApi({ 'POST /api/v1/chart/': () => ({ status: 201, body: { id: 42 } }) });
    const { onSaved, onClose, user } = setup();

    expect(screen.getByRole('radio', { name: 'Save (Overwrite)' })).toHaveProperty(
      'disabled',
      true,
    );
    expect(screen.getByRole('radio', { name: 'Save as...' })).toHaveProperty('checked', true);
    const name = screen.getByLabelText('Chart name');
    await user.clear(name);
    await user.type(name, 'Pie of regions');
    await user.click(screen.getByRole('button', { name: 'Save' }));

    await waitFor(() => expect(onSaved).toHaveBeenCalled());
    const request = api.requests.find((r) => r.method === 'POST' && r.url === '/api/v1/chart/');
    const body = request?.body as Record<string, unknown>;
    expect(body).toMatchObject({
      slice_name: 'Pie of regions',
      viz_type: 'pie',
      datasource_id: 3,
      datasource_type: 'table',
      query_context_generation: true,
    });
    const params = JSON.parse(body.params as string) as Record<string, unknown>;
    expect(params.groupby).toEqual(['region']);
    // A saved copy does not carry the id of the chart it was made from.
    expect(params).not.toHaveProperty('slice_id');
    const queryContext = JSON.parse(body.query_context as string) as Record<string, unknown>;
    expect(queryContext.datasource).toEqual({ id: 3, type: 'table' });
    expect(onSaved).toHaveBeenCalledWith(
      expect.objectContaining({ slice_id: 42, slice_name: 'Pie of regions', owners: [1] }),
      'saveas',
      null,
    );
    expect(onClose).toHaveBeenCalled();
  });

  it('overwrites the open chart when its owner keeps the default choice', async () => {
    const api = mockApi({ 'PUT /api/v1/chart/5': () => ({ body: { id: 5, result: {} } }) });
    const { onSaved, user } = setup({ slice, canOverwrite: true });

    expect(screen.getByRole('radio', { name: 'Save (Overwrite)' })).toHaveProperty('checked', true);
    await user.click(screen.getByRole('button', { name: 'Save' }));

    await waitFor(() =>
      expect(onSaved).toHaveBeenCalledWith(
        expect.objectContaining({ slice_id: 5, slice_name: 'Sales by region' }),
        'overwrite',
        null,
      ),
    );
    expect(api.calls()).toEqual(['PUT /api/v1/chart/5']);
  });

  it('lets someone who does not own the chart only save a copy', async () => {
    const api = mockApi({ 'POST /api/v1/chart/': () => ({ status: 201, body: { id: 43 } }) });
    const { onSaved, user } = setup({ slice, canOverwrite: false });

    expect(screen.getByRole('radio', { name: 'Save (Overwrite)' })).toHaveProperty(
      'disabled',
      true,
    );
    expect(dialog().textContent).toContain('Only the owners of "Sales by region" may overwrite it');
    await user.click(screen.getByRole('button', { name: 'Save' }));

    await waitFor(() =>
      expect(onSaved).toHaveBeenCalledWith(
        expect.objectContaining({ slice_id: 43 }),
        'saveas',
        null,
      ),
    );
    expect(api.calls()).toEqual(['POST /api/v1/chart/']);
  });

  it('asks for a name before saving', async () => {
    const api = mockApi({});
    const { onSaved, user } = setup();
    await user.clear(screen.getByLabelText('Chart name'));
    await user.click(screen.getByRole('button', { name: 'Save' }));

    expect(await screen.findByText('Name the chart')).toBeTruthy();
    expect(api.calls()).toEqual([]);
    expect(onSaved).not.toHaveBeenCalled();
  });

  it("shows the server's refusal and stays open", async () => {
    mockApi({
      'POST /api/v1/chart/': () => ({
        status: 403,
        body: { message: 'You may not use dataset 3.', errors: [] },
      }),
    });
    const { onSaved, onClose, user } = setup();
    await user.click(screen.getByRole('button', { name: 'Save' }));

    expect(await screen.findByText('You may not use dataset 3.')).toBeTruthy();
    expect(onSaved).not.toHaveBeenCalled();
    expect(onClose).not.toHaveBeenCalled();
  });

  describe('adding the chart to a dashboard', () => {
    const SALES = { id: 9, dashboard_title: 'Sales' };

    function dashboardsAnswer(dashboards: { id: number; dashboard_title: string }[]) {
      return () => ({
        body: {
          count: dashboards.length,
          ids: dashboards.map((d) => d.id),
          result: dashboards.map((d) => buildDashboardItem(d)),
        },
      });
    }

    const listQueries = (requests: readonly RecordedRequest[]) =>
      requests
        .filter((r) => r.method === 'GET' && r.url.startsWith('/api/v1/dashboard/?'))
        .map((r) => parseRison(queryOf(r)));

    it('lists only the dashboards the user owns, searches them, and saves the chart onto one', async () => {
      const api = mockApi({
        'GET /api/v1/dashboard/': dashboardsAnswer([SALES]),
        'POST /api/v1/chart/': () => ({ status: 201, body: { id: 42 } }),
      });
      const { onSaved, user } = setup();

      await user.type(screen.getByRole('combobox', { name: 'Add to dashboard' }), 'sal');
      await user.click(await screen.findByTitle('Sales'));
      await waitFor(() =>
        expect(listQueries(api.requests).at(-1)).toEqual({
          filters: [
            { col: 'dashboard_title', opr: 'ct', value: 'sal' },
            { col: 'owners', opr: 'rel_m_m', value: 1 },
          ],
          order_column: 'dashboard_title',
          order_direction: 'asc',
          page: 0,
          page_size: 100,
        }),
      );
      await user.click(screen.getByRole('button', { name: 'Save' }));

      await waitFor(() => expect(onSaved).toHaveBeenCalled());
      const saved = api.requests.find((r) => r.method === 'POST' && r.url === '/api/v1/chart/');
      expect(saved?.body).toMatchObject({ slice_name: 'Sales by region', dashboards: [9] });
      expect(onSaved).toHaveBeenCalledWith(expect.objectContaining({ slice_id: 42 }), 'saveas', {
        id: 9,
        title: 'Sales',
      });
    });

    it('lets an admin choose among all dashboards', async () => {
      const api = mockApi({ 'GET /api/v1/dashboard/': dashboardsAnswer([SALES]) });
      const { user } = setup({ dashboardRights: { isAdmin: true, canCreate: true } });

      await user.click(screen.getByRole('combobox', { name: 'Add to dashboard' }));
      expect(await screen.findByTitle('Sales')).toBeTruthy();
      expect(listQueries(api.requests).at(-1)).toMatchObject({ filters: [] });
    });

    it('creates a dashboard from a typed name first, then saves the chart onto it', async () => {
      const api = mockApi({
        'GET /api/v1/dashboard/': dashboardsAnswer([SALES]),
        'POST /api/v1/dashboard/': () => ({ status: 201, body: { id: 31, result: {} } }),
        'POST /api/v1/chart/': () => ({ status: 201, body: { id: 42 } }),
      });
      const { onSaved, user } = setup();

      await user.type(screen.getByRole('combobox', { name: 'Add to dashboard' }), 'Quarterly');
      await user.click(await screen.findByTitle('Quarterly (new dashboard)'));
      await user.click(screen.getByRole('button', { name: 'Save' }));

      await waitFor(() => expect(onSaved).toHaveBeenCalled());
      expect(api.calls().filter((call) => call.startsWith('POST'))).toEqual([
        'POST /api/v1/dashboard/',
        'POST /api/v1/chart/',
      ]);
      const created = api.requests.find(
        (r) => r.url === '/api/v1/dashboard/' && r.method === 'POST',
      );
      expect(created?.body).toEqual({ dashboard_title: 'Quarterly' });
      const saved = api.requests.find((r) => r.url === '/api/v1/chart/' && r.method === 'POST');
      expect(saved?.body).toMatchObject({ dashboards: [31] });
      expect(onSaved).toHaveBeenCalledWith(expect.anything(), 'saveas', {
        id: 31,
        title: 'Quarterly',
      });
    });

    it('does not create the new dashboard twice when the chart save is retried', async () => {
      let chartSaves = 0;
      const api = mockApi({
        'GET /api/v1/dashboard/': dashboardsAnswer([]),
        'POST /api/v1/dashboard/': () => ({ status: 201, body: { id: 31, result: {} } }),
        'POST /api/v1/chart/': () => {
          chartSaves += 1;
          return chartSaves === 1
            ? { status: 500, body: { message: 'Try again later.', errors: [] } }
            : { status: 201, body: { id: 42 } };
        },
      });
      const { onSaved, user } = setup();
      await user.type(screen.getByRole('combobox', { name: 'Add to dashboard' }), 'Quarterly');
      await user.click(await screen.findByTitle('Quarterly (new dashboard)'));
      await user.click(screen.getByRole('button', { name: 'Save' }));
      expect(await screen.findByText('Try again later.')).toBeTruthy();

      await user.click(screen.getByRole('button', { name: 'Save' }));
      await waitFor(() => expect(onSaved).toHaveBeenCalled());
      expect(api.calls().filter((call) => call === 'POST /api/v1/dashboard/')).toHaveLength(1);
      const saves = api.requests.filter((r) => r.url === '/api/v1/chart/');
      expect(saves.at(-1)?.body).toMatchObject({ dashboards: [31] });
    });

    it('offers no new dashboard to a user who may not create dashboards', async () => {
      mockApi({ 'GET /api/v1/dashboard/': dashboardsAnswer([]) });
      const { user } = setup({ dashboardRights: { isAdmin: false, canCreate: false } });
      await user.type(screen.getByRole('combobox', { name: 'Add to dashboard' }), 'Quarterly');
      expect(await screen.findByText('No dashboard you may edit matches')).toBeTruthy();
      expect(screen.queryByTitle('Quarterly (new dashboard)')).toBeNull();
    });

    it('keeps the dashboards an overwritten chart is on and adds the chosen one', async () => {
      const api = mockApi({
        'GET /api/v1/dashboard/': dashboardsAnswer([SALES]),
        'GET /api/v1/chart/5': () => ({
          body: {
            result: {
              ...buildChartItem({ dashboards: [{ id: 2, dashboard_title: 'Ops' }] }),
              query_context: null,
              datasource_uuid: null,
            },
          },
        }),
        'PUT /api/v1/chart/5': () => ({ body: { id: 5, result: {} } }),
      });
      const { onSaved, user } = setup({ slice, canOverwrite: true });
      await user.click(screen.getByRole('combobox', { name: 'Add to dashboard' }));
      await user.click(await screen.findByTitle('Sales'));
      await user.click(screen.getByRole('button', { name: 'Save' }));

      await waitFor(() => expect(onSaved).toHaveBeenCalled());
      const put = api.requests.find((r) => r.method === 'PUT');
      expect(put?.body).toMatchObject({ dashboards: [2, 9] });
    });
  });
});
