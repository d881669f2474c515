import type { Bootstrap } from '@superset-ts/shared';
import { configure, fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent, { PointerEventsCheckLevel } from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { buildBootstrap } from '../../testing/build-bootstrap';
import { buildMyRolesFor } from '../../testing/build-my-roles';
import { renderApp } from '../../testing/render-app';
import type { ChartFormData } from '../../visualizations';
import { buildDashboardItem } from '../dashboards/list/testing/build-dashboard';
import { mockApi, type MockAnswer, type RecordedRequest } from '../users/testing/mock-api';
import type { ExploreBootstrap } from './explore-dataset';

// The controls are another part of Explore; here they are stand-ins that make the edits.
vi.mock('./controls/ControlPanelView', () => ({
  ControlPanelView: ({
    onChange,
    errors,
  }: {
    onChange: (patch: Partial<ChartFormData>) => void;
    errors: readonly { control: string; message: string }[];
  }) => (
    <div>
      <p>{errors.length} control problems</p>
      <button onClick={() => onChange({ metric: 'count' })}>Set metric</button>
      <button onClick={() => onChange({ show_legend: false })}>Hide legend</button>
      <button onClick={() => onChange({ row_limit: 5 })}>Limit rows</button>
    </div>
  ),
}));
vi.mock('./controls/DatasetPanel', () => ({
  DatasetPanel: ({ dataset }: { dataset: { name: string } }) => <p>Dataset {dataset.name}</p>,
}));
vi.mock('./controls/VizTypePicker', () => ({
  VizTypePicker: ({ vizType, onChange }: { vizType: string; onChange: (v: string) => void }) => (
    <button onClick={() => onChange('echarts_timeseries_bar')}>Type {vizType}</button>
  ),
}));

configure({ asyncUtilTimeout: 10_000, defaultHidden: true });

afterEach(() => {
  vi.unstubAllGlobals();
});

const DATASET = {
  id: 3,
  uid: '3__table',
  type: 'table',
  name: 'public.orders',
  table_name: 'orders',
  columns: [{ column_name: 'region', is_dttm: false }],
  metrics: [{ metric_name: 'count', expression: 'COUNT(*)' }],
  verbose_map: {},
  database: { id: 1 },
} as const;

function bootstrapOf(formData: Record<string, unknown>, slice: ExploreBootstrap['slice'] = null) {
  return {
    result: {
      dataset: DATASET,
      form_data: { datasource: '3__table', ...formData },
      slice,
      message: null,
      metadata: null,
    },
  };
}

const chartResult = {
  cache_key: 'k',
  cached_dttm: null,
  cache_timeout: 300,
  error: null,
  is_cached: false,
  query: 'SELECT region, COUNT(*) AS count FROM orders GROUP BY region',
  status: 'success',
  stacktrace: null,
  rowcount: 2,
  data: [
    { region: 'EU', count: 3 },
    { region: 'US', count: 5 },
  ],
  colnames: ['region', 'count'],
  coltypes: [1, 0],
  applied_filters: [],
  rejected_filters: [],
  from_dttm: null,
  to_dttm: null,
};

const ROLES = {
  result: buildMyRolesFor({
    Admin: [
      ['can_write', 'Chart'],
      ['can_read', 'Chart'],
      ['can_csv', 'Superset'],
    ],
  }),
};

function exploreApi(
  bootstrapAnswer: MockAnswer,
  extra: Record<string, (request: RecordedRequest) => MockAnswer> = {},
) {
  return mockApi({
    'GET /api/v1/explore/': () => bootstrapAnswer,
    'POST /api/v1/chart/data': () => ({ body: { result: [chartResult] } }),
    'POST /api/v1/explore/form_data': () => ({ status: 201, body: { key: 'state-1' } }),
    'PUT /api/v1/explore/form_data/state-1': () => ({
      body: { message: 'Value updated successfully.', key: 'state-1' },
    }),
    'GET /api/v1/me/roles/': () => ({ body: ROLES }),
    ...extra,
  });
}

function renderExplore(path: string, bootstrap: Bootstrap = buildBootstrap()) {
  const { router } = renderApp(path, bootstrap);
  const user = userEvent.setup({ delay: null, pointerEventsCheck: PointerEventsCheckLevel.Never });
  return { router, user };
}

/** A button by its text (role queries are slow on a page this size under jsdom). */
function button(text: string | RegExp): HTMLButtonElement {
  const button = screen.getByText(text, { selector: 'button, button *' }).closest('button');
  if (!button) throw new Error(`No button shows ${String(text)}`);
  return button;
}

const chartDataCalls = (api: ReturnType<typeof mockApi>) =>
  api.requests.filter((request) => request.url === '/api/v1/chart/data');

const PIE = { viz_type: 'pie', groupby: ['region'], metric: 'count' };

describe('ExplorePage', { timeout: 120_000 }, () => {
  it('opens a dataset, runs the complete chart by itself and keeps the state in the URL', async () => {
    const api = exploreApi({ body: bootstrapOf(PIE) });
    const { router } = renderExplore('/explore/?datasource_type=table&datasource_id=3');

    expect(await screen.findByLabelText('Chart title')).toBeTruthy();
    expect(screen.getByLabelText('Chart title').textContent).toBe('orders - untitled');
    await waitFor(() => expect(router.state.location.search).toBe('?form_data_key=state-1'));
    expect(api.requests[0]?.url).toBe('/api/v1/explore/?datasource_id=3&datasource_type=table');

    const [run] = chartDataCalls(api);
    const context = run?.body as { queries: { columns: unknown[]; metrics: unknown[] }[] };
    expect(context.queries[0]?.columns).toEqual(['region']);
    expect(context.queries[0]?.metrics).toEqual(['count']);
    const stored = api.requests.find((r) => r.url.startsWith('/api/v1/explore/form_data'));
    expect(stored?.body).toMatchObject({ datasource_id: 3, datasource_type: 'table' });
    expect(JSON.parse((stored?.body as { form_data: string }).form_data)).toMatchObject(PIE);

    expect((await screen.findByLabelText('Last run')).textContent).toContain('2 rows');
    // The URL update did not reopen the page: one bootstrap request only.
    expect(api.calls().filter((call) => call === 'GET /api/v1/explore/')).toHaveLength(1);
  });

  it('waits for required controls, then runs on demand', async () => {
    const api = exploreApi({ body: bootstrapOf({ viz_type: 'pie', groupby: ['region'] }) });
    const { user } = renderExplore('/explore/?datasource_type=table&datasource_id=3');

    expect(await screen.findByText('Add required control values to preview chart')).toBeTruthy();
    const run = button(/Create chart/);
    expect(run).toHaveProperty('disabled', true);
    expect(chartDataCalls(api)).toHaveLength(0);

    fireEvent.click(button('Set metric'));
    expect(await screen.findByText(/to run the query and see the chart/)).toBeTruthy();
    await user.click(button(/Create chart/));
    await waitFor(() => expect(chartDataCalls(api)).toHaveLength(1));
    await waitFor(() => expect(button(/Update chart/)).toBeTruthy());
  });

  it('redraws for a render-trigger control, and marks the chart stale for a queried one', async () => {
    const api = exploreApi({ body: bootstrapOf(PIE) });
    renderExplore('/explore/?datasource_type=table&datasource_id=3');
    const status = await screen.findByLabelText('Last run');
    await waitFor(() => expect(status.textContent).toContain('2 rows'));

    fireEvent.click(button('Hide legend'));
    expect(screen.queryByText('Controls changed: update the chart')).toBeNull();

    fireEvent.click(button('Limit rows'));
    expect(await screen.findByText('Controls changed: update the chart')).toBeTruthy();
    expect(button(/Update chart/).className).toContain('ant-btn-primary');

    // Ctrl+Enter runs the new query; the state goes to the same key.
    fireEvent.keyDown(window, { key: 'Enter', ctrlKey: true });
    await waitFor(() => expect(chartDataCalls(api)).toHaveLength(2));
    const second = chartDataCalls(api)[1]?.body as { queries: { row_limit?: number }[] };
    expect(second.queries[0]?.row_limit).toBe(5);
    await waitFor(() => expect(api.calls()).toContain('PUT /api/v1/explore/form_data/state-1'));
    await waitFor(() =>
      expect(screen.queryByText('Controls changed: update the chart')).toBeNull(),
    );
  });

  it('saves the chart onto a dashboard and offers to go to it', async () => {
    const api = exploreApi(
      { body: bootstrapOf(PIE) },
      {
        'GET /api/v1/dashboard/': () => ({
          body: {
            count: 1,
            ids: [9],
            result: [buildDashboardItem({ id: 9, dashboard_title: 'Sales' })],
          },
        }),
        'POST /api/v1/chart/': () => ({ status: 201, body: { id: 42 } }),
      },
    );
    const { user } = renderExplore('/explore/?datasource_type=table&datasource_id=3');
    await waitFor(() => expect(screen.getByLabelText('Last run').textContent).toContain('2 rows'));

    await user.click(button('Save'));
    const dialog = await screen.findByRole('dialog', { name: 'Save chart' });
    await user.click(within(dialog).getByRole('combobox', { name: 'Add to dashboard' }));
    await user.click(await screen.findByTitle('Sales'));
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));

    const goThere = await screen.findByText('Go to dashboard');
    expect(goThere.closest('a')?.getAttribute('href')).toBe('/superset/dashboard/9/');
    expect(screen.getByText(/has been saved and added to dashboard \[Sales\]/)).toBeTruthy();
    const saved = api.requests.find((r) => r.method === 'POST' && r.url === '/api/v1/chart/');
    expect(saved?.body).toMatchObject({ dashboards: [9] });
  });

  it('reopens an unsaved state of a saved chart from its URL', async () => {
    const api = exploreApi({
      body: bootstrapOf(
        { ...PIE, slice_id: 8 },
        { slice_id: 8, slice_name: 'Orders by region', owners: [1] },
      ),
    });
    const { router } = renderExplore('/explore/?form_data_key=state-1&slice_id=8');

    const title = await screen.findByLabelText('Chart title');
    expect(title.textContent).toBe('Orders by region');
    expect(api.requests[0]?.url).toBe('/api/v1/explore/?form_data_key=state-1&slice_id=8');
    // The key it was opened with is updated, not replaced by a new one.
    await waitFor(() => expect(api.calls()).toContain('PUT /api/v1/explore/form_data/state-1'));
    expect(api.calls()).not.toContain('POST /api/v1/explore/form_data');
    await waitFor(() =>
      expect(router.state.location.search).toBe('?form_data_key=state-1&slice_id=8'),
    );
    expect(await screen.findByLabelText('Add to favorites')).toBeTruthy();
  });

  it('opens what another navigation names, but not its own URL updates', async () => {
    const api = exploreApi({ body: bootstrapOf(PIE) });
    const { router } = renderExplore('/explore/?datasource_type=table&datasource_id=3');
    await waitFor(() => expect(router.state.location.search).toBe('?form_data_key=state-1'));
    expect(api.calls().filter((call) => call === 'GET /api/v1/explore/')).toHaveLength(1);

    await router.navigate('/explore/?slice_id=9');
    await waitFor(() =>
      expect(api.requests.map((request) => request.url)).toContain('/api/v1/explore/?slice_id=9'),
    );
  });

  it("shows the server's reason when the dataset is not the user's to use", async () => {
    exploreApi({
      status: 403,
      body: {
        message: 'You may not access dataset 3; ask an Admin for access to it.',
        errors: [],
      },
    });
    renderExplore('/explore/?datasource_type=table&datasource_id=3');
    expect(await screen.findByText('Access denied')).toBeTruthy();
    expect(
      screen.getByText('You may not access dataset 3; ask an Admin for access to it.'),
    ).toBeTruthy();
  });

  it('says when the chart does not exist', async () => {
    exploreApi({ status: 404, body: { message: 'No chart has the id 99.', errors: [] } });
    renderExplore('/explore/?slice_id=99');
    expect(await screen.findByText('Not found')).toBeTruthy();
    expect(screen.getByText('No chart has the id 99.')).toBeTruthy();
  });

  it('asks for a dataset when the URL names nothing', async () => {
    const api = exploreApi({ body: bootstrapOf(PIE) });
    renderExplore('/explore/');
    expect(await screen.findByText('Choose a dataset to explore')).toBeTruthy();
    expect(api.calls()).not.toContain('GET /api/v1/explore/');
  });
});
