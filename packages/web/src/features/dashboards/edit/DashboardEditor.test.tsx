import { DASHBOARD_VERSION_KEY, type DashboardLayout } from '@superset-ts/shared';
import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent, { PointerEventsCheckLevel } from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { buildChartItem } from '../../charts/testing/build-chart';
import { FakeDataTransfer } from '../../explore/controls/testing/fake-data-transfer';
import { mockApi, type RecordedRequest } from '../../users/testing/mock-api';
import type { LoadedDashboard } from '../dashboard-contracts';
import { DashboardEditor } from './DashboardEditor';
import { buildDashboard, buildLoadedDashboard } from './testing/build-loaded-dashboard';
import { renderWithProviders } from './testing/render-editor';

// CodeMirror measures text through Range rects, which jsdom does not implement.
if (!('getClientRects' in Range.prototype)) {
  Object.assign(Range.prototype, {
    getClientRects: () => [],
    getBoundingClientRect: () => new DOMRect(),
  });
}

// jsdom has no PointerEvent: without it, pointer events lose their coordinates.
if (!('PointerEvent' in window)) {
  class PointerEventStub extends MouseEvent {
    readonly pointerId: number;
    constructor(type: string, init: PointerEventInit = {}) {
      super(type, init);
      this.pointerId = init.pointerId ?? 0;
    }
  }
  Object.defineProperty(window, 'PointerEvent', { writable: true, value: PointerEventStub });
}

afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

const REVENUE = buildChartItem({ id: 9, slice_name: 'Revenue', viz_type: 'line' });
const CHART_1 = buildChartItem({ id: 1, slice_name: 'Chart 1' });

/**
 * The editor's APIs: the chart list (Revenue and Chart 1), dashboard 7 (as last saved: the
 * PUT answers with the body, as Superset does, so the dashboard is read again), its charts
 * and the CSS templates; `saveStatus` makes the save fail.
 */
function editorApi(options: { saveStatus?: number } = {}) {
  let stored = buildDashboard();
  return mockApi({
    'GET /api/v1/chart/': () => ({ body: { count: 2, ids: [9, 1], result: [REVENUE, CHART_1] } }),
    'PUT /api/v1/dashboard/7': (request) => {
      if (options.saveStatus) {
        return {
          status: options.saveStatus,
          body: { message: 'The database is down.', errors: [] },
        };
      }
      const body = request.body as Record<string, string>;
      stored = {
        ...stored,
        dashboard_title: body.dashboard_title ?? stored.dashboard_title,
        position_json: body.position_json ?? null,
        json_metadata: body.json_metadata ?? null,
        css: body.css ?? null,
      };
      return { body: { id: 7, result: request.body } };
    },
    'GET /api/v1/dashboard/7': () => ({ body: { result: stored } }),
    'GET /api/v1/dashboard/7/charts': () => ({ body: { result: [] } }),
    'GET /api/v1/css_template/': () => ({
      body: {
        count: 1,
        result: [{ id: 3, template_name: 'Dark', css: 'body { background: black; }' }],
      },
    }),
  });
}

function renderEditor(loaded: LoadedDashboard = buildLoadedDashboard()) {
  const onSaved = vi.fn();
  const onDiscard = vi.fn();
  const { router } = renderWithProviders(
    <DashboardEditor
      loaded={loaded}
      renderChart={(chartId, size) => <div>{`Chart body ${chartId} (${size.height}px high)`}</div>}
      onSaved={onSaved}
      onDiscard={onDiscard}
    />,
  );
  return { onSaved, onDiscard, router };
}

function setupUser() {
  return userEvent.setup({ delay: null, pointerEventsCheck: PointerEventsCheckLevel.Never });
}

function dropZone(target: string): HTMLElement {
  const zone = document.querySelector<HTMLElement>(`[data-drop-target="${target}"]`);
  if (!zone) throw new Error(`no drop zone ${target}`);
  return zone;
}

function savedLayout(request: RecordedRequest | undefined): DashboardLayout {
  const body = request?.body as { position_json: string };
  return JSON.parse(body.position_json) as DashboardLayout;
}

const saveRequest = (api: ReturnType<typeof mockApi>) =>
  api.requests.find((request) => request.method === 'PUT');

describe('DashboardEditor', { timeout: 60_000 }, () => {
  it('adds a chart dragged from the side panel where it is dropped', async () => {
    editorApi();
    renderEditor();
    const panel = await screen.findByRole('list', { name: 'Charts' });
    const revenue = await within(panel).findByRole('listitem', { name: 'Revenue' });
    expect(within(panel).getByRole('listitem', { name: 'Chart 1' }).textContent).toContain(
      'On this dashboard',
    );
    expect(revenue.textContent).not.toContain('On this dashboard');

    const data = new FakeDataTransfer();
    fireEvent.dragStart(revenue, { dataTransfer: data });
    // The row of charts 1 and 2 has room for a third chart of 4 columns.
    const zone = dropZone('ROW-1:2');
    fireEvent.dragOver(zone, { dataTransfer: data });
    fireEvent.drop(zone, { dataTransfer: data });

    const chart = await screen.findByRole('group', { name: 'Chart Revenue' });
    expect(chart.textContent).toContain('Chart body 9 (400px high)');
    const row = screen.getAllByRole('group', { name: 'Row' })[0]!;
    expect(
      within(row)
        .getAllByRole('group')
        .map((group) => group.getAttribute('aria-label')),
    ).toEqual(['Chart Chart 1', 'Chart Chart 2', 'Chart Revenue']);
    expect(within(panel).getByRole('listitem', { name: 'Revenue' }).textContent).toContain(
      'On this dashboard',
    );
  });

  it('shows only the drop zones that accept what is dragged', async () => {
    editorApi();
    renderEditor();
    const revenue = await screen.findByRole('listitem', { name: 'Revenue' });
    fireEvent.dragStart(revenue, { dataTransfer: new FakeDataTransfer() });
    expect(dropZone('ROW-1:0').className).toMatch(/dropZoneActive/);
    expect(dropZone('GRID_ID:0').className).toMatch(/dropZoneActive/);
    // The root only takes tabs.
    expect(dropZone('ROOT_ID:0').className).not.toMatch(/dropZoneActive/);
  });

  it('adds markdown from the layout elements and edits it in place with a preview', async () => {
    editorApi();
    const user = setupUser();
    renderEditor();
    await user.click(screen.getByRole('tab', { name: 'Layout elements' }));
    await user.click(screen.getByRole('button', { name: 'Add markdown to the dashboard' }));

    const blocks = screen.getAllByRole('group', { name: 'Markdown' });
    expect(blocks).toHaveLength(2);
    await user.click(within(blocks[1]!).getByRole('button', { name: 'Edit markdown' }));
    const text = within(blocks[1]!).getByRole('textbox', { name: 'Markdown text' });
    await user.clear(text);
    await user.type(text, '## Quarterly notes');
    expect(within(blocks[1]!).getByRole('heading', { name: 'Quarterly notes' })).toBeTruthy();
    await user.tab();
    expect(within(blocks[1]!).queryByRole('textbox')).toBeNull();
    expect(within(blocks[1]!).getByRole('heading', { name: 'Quarterly notes' })).toBeTruthy();
  });

  it('resizes a chart with the keyboard and with the pointer, within its row', async () => {
    const api = editorApi();
    const user = setupUser();
    const { onSaved } = renderEditor();
    const handle = screen.getByRole('button', { name: 'Resize Chart Chart 1' });
    handle.focus();
    await user.keyboard('{ArrowRight}{ArrowDown}');

    // The grid is 1200 px wide: 100 px a column. Drag 3 columns right (capped at the 8 the
    // row leaves free) and 80 px (10 units) down.
    vi.spyOn(HTMLElement.prototype, 'getBoundingClientRect').mockReturnValue(
      new DOMRect(0, 0, 1200, 800),
    );
    fireEvent.pointerDown(handle, { clientX: 500, clientY: 500, pointerId: 1 });
    fireEvent.pointerMove(handle, { clientX: 800, clientY: 580, pointerId: 1 });
    expect(screen.getByText('8/12 × 65')).toBeTruthy();
    fireEvent.pointerUp(handle, { clientX: 800, clientY: 580, pointerId: 1 });

    await user.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(onSaved).toHaveBeenCalled());
    expect(savedLayout(saveRequest(api))['CHART-1']?.meta).toMatchObject({ width: 8, height: 65 });
  });

  it('undoes and redoes with the buttons and the keyboard', async () => {
    editorApi();
    const user = setupUser();
    renderEditor();
    const undo = screen.getByRole('button', { name: 'Undo' });
    const redo = screen.getByRole('button', { name: 'Redo' });
    expect(undo).toHaveProperty('disabled', true);
    expect(redo).toHaveProperty('disabled', true);

    await user.click(screen.getByRole('button', { name: 'Delete Chart Chart 1' }));
    expect(screen.queryByRole('group', { name: 'Chart Chart 1' })).toBeNull();

    await user.click(undo);
    expect(screen.getByRole('group', { name: 'Chart Chart 1' })).toBeTruthy();
    expect(redo).toHaveProperty('disabled', false);
    await user.click(redo);
    expect(screen.queryByRole('group', { name: 'Chart Chart 1' })).toBeNull();

    act(() => {
      fireEvent.keyDown(document.body, { key: 'z', ctrlKey: true });
    });
    expect(screen.getByRole('group', { name: 'Chart Chart 1' })).toBeTruthy();
  });

  it('moves a component without dragging, from its actions menu', async () => {
    editorApi();
    const user = setupUser();
    renderEditor();
    await user.click(screen.getByRole('button', { name: 'Actions for Chart Chart 2' }));
    await user.click(await screen.findByRole('menuitem', { name: 'Move left' }));
    const row = screen.getAllByRole('group', { name: 'Row' })[0]!;
    expect(
      within(row)
        .getAllByRole('group')
        .map((group) => group.getAttribute('aria-label')),
    ).toEqual(['Chart Chart 2', 'Chart Chart 1']);
  });

  it('gives a row a white background from its actions menu', async () => {
    const api = editorApi();
    const user = setupUser();
    const { onSaved } = renderEditor();
    await user.click(screen.getAllByRole('button', { name: 'Actions for Row' })[0]!);
    await user.click(await screen.findByRole('menuitem', { name: 'White background' }));
    await user.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(onSaved).toHaveBeenCalled());
    expect(savedLayout(saveRequest(api))['ROW-1']?.meta.background).toBe('BACKGROUND_WHITE');
  });

  it('saves the title, layout (version v2), metadata with all its keys, and CSS', async () => {
    const api = editorApi();
    const user = setupUser();
    const metadata = { color_scheme: 'supersetColors', refresh_frequency: 60, custom_key: [1, 2] };
    const { onSaved } = renderEditor(buildLoadedDashboard(metadata));
    expect(screen.getByRole('button', { name: 'Save' })).toHaveProperty('disabled', true);

    await user.click(screen.getByRole('button', { name: 'Edit title' }));
    const title = screen.getByRole('textbox');
    await user.clear(title);
    await user.type(title, 'Sales 2026');
    await user.tab();
    await user.click(screen.getByRole('button', { name: 'Delete Markdown' }));
    await user.click(screen.getByRole('button', { name: 'Save' }));

    await waitFor(() => expect(onSaved).toHaveBeenCalled());
    const body = saveRequest(api)?.body as Record<string, string>;
    expect(body.dashboard_title).toBe('Sales 2026');
    expect(JSON.parse(body.json_metadata!)).toEqual(metadata);
    expect(body.css).toBe('');
    const layout = savedLayout(saveRequest(api));
    expect(layout[DASHBOARD_VERSION_KEY]).toBe('v2');
    expect(layout['MARKDOWN-1']).toBeUndefined();
    expect(layout['ROW-2']).toBeUndefined();
    expect(layout.GRID_ID?.children).toEqual(['ROW-1']);
    const saved = onSaved.mock.calls[0]![0] as LoadedDashboard;
    expect(saved.dashboard.dashboard_title).toBe('Sales 2026');
    expect(saved.layout.GRID_ID?.children).toEqual(['ROW-1']);
  });

  it('shows a failed save and keeps the changes', async () => {
    editorApi({ saveStatus: 500 });
    const user = setupUser();
    const { onSaved } = renderEditor();
    await user.click(screen.getByRole('button', { name: 'Delete Chart Chart 1' }));
    await user.click(screen.getByRole('button', { name: 'Save' }));

    expect(await screen.findByText('The dashboard could not be saved')).toBeTruthy();
    expect(onSaved).not.toHaveBeenCalled();
    expect(screen.queryByRole('group', { name: 'Chart Chart 1' })).toBeNull();
    expect(screen.getByRole('button', { name: 'Save' })).toHaveProperty('disabled', false);
  });

  it('asks before discarding changes, and not when there are none', async () => {
    editorApi();
    const user = setupUser();
    const first = renderEditor();
    await user.click(screen.getByRole('button', { name: 'Discard' }));
    expect(first.onDiscard).toHaveBeenCalledTimes(1);

    await user.click(screen.getByRole('button', { name: 'Delete Chart Chart 1' }));
    await user.click(screen.getByRole('button', { name: 'Discard' }));
    expect(first.onDiscard).toHaveBeenCalledTimes(1);
    const confirm = await screen.findByRole('tooltip');
    expect(confirm.textContent).toContain('Discard your changes?');
    await user.click(within(confirm).getByRole('button', { name: 'Discard' }));
    expect(first.onDiscard).toHaveBeenCalledTimes(2);
  });

  it('applies CSS from a template live and saves it', async () => {
    const api = editorApi();
    const user = setupUser();
    const { onSaved } = renderEditor();
    await user.click(screen.getByRole('button', { name: 'Edit CSS' }));
    await user.click(await screen.findByRole('combobox', { name: 'CSS template' }));
    await user.click(await screen.findByText('Dark'));

    const style = () => document.querySelector('style[data-dashboard-css]')?.textContent;
    expect(style()).toBe('.superset-dashboard-css-scope { background: black; }');
    await user.click(screen.getByRole('button', { name: 'Apply' }));
    await user.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(onSaved).toHaveBeenCalled());
    expect((saveRequest(api)?.body as { css: string }).css).toBe('body { background: black; }');
  });

  it('holds navigation away while there are unsaved changes', async () => {
    editorApi();
    const user = setupUser();
    const { router } = renderEditor();
    await user.click(screen.getByRole('button', { name: 'Delete Chart Chart 1' }));

    act(() => void router.navigate('/chart/list/'));
    const dialog = await screen.findByRole('dialog', { name: 'Leave without saving?' });
    await user.click(within(dialog).getByRole('button', { name: 'Stay' }));
    expect(screen.getByRole('button', { name: 'Save' })).toBeTruthy();
    expect(screen.queryByText('Another page')).toBeNull();

    act(() => void router.navigate('/chart/list/'));
    const again = await screen.findByRole('dialog', { name: 'Leave without saving?' });
    await user.click(within(again).getByRole('button', { name: 'Leave' }));
    expect(await screen.findByText('Another page')).toBeTruthy();
  });

  it('adds tabs, moves a row into a tab by dragging, and adds a tab', async () => {
    editorApi();
    const user = setupUser();
    renderEditor();
    await user.click(screen.getByRole('tab', { name: 'Layout elements' }));
    await user.click(screen.getByRole('button', { name: 'Add tabs to the dashboard' }));
    const tabs = screen.getByRole('group', { name: 'Tabs' });
    expect(within(tabs).getByRole('tab', { name: /New tab/ })).toBeTruthy();

    const data = new FakeDataTransfer();
    const [firstRow] = screen.getAllByRole('group', { name: 'Row' });
    fireEvent.dragStart(within(firstRow!).getAllByRole('button', { name: 'Drag Row' })[0]!, {
      dataTransfer: data,
    });
    const zone = within(tabs).getByText('Drop components into this tab');
    fireEvent.dragOver(zone, { dataTransfer: data });
    fireEvent.drop(zone, { dataTransfer: data });
    expect(within(tabs).getByRole('group', { name: 'Chart Chart 1' })).toBeTruthy();
    expect(screen.getAllByRole('group', { name: 'Row' })).toHaveLength(2);

    await user.click(within(tabs).getByRole('button', { name: 'Add tab' }));
    expect(within(tabs).getAllByRole('tab', { name: /New tab/ })).toHaveLength(2);
  });
});
