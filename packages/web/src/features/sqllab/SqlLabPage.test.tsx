import { configure, screen, waitFor, within } from '@testing-library/react';
import userEvent, { PointerEventsCheckLevel } from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { buildBootstrap } from '../../testing/build-bootstrap';
import { buildMyRolesFor } from '../../testing/build-my-roles';
import { renderApp } from '../../testing/render-app';
import { mockApi } from '../users/testing/mock-api';
import { buildResults, buildSqlLabBootstrap, buildTabState } from './testing/build-sqllab';

const PAGE = '/sqllab/';
const appBootstrap = buildBootstrap();

configure({ asyncUtilTimeout: 10_000, defaultHidden: true });

// CodeMirror measures text through Range rects, which jsdom does not implement.
if (!('getClientRects' in Range.prototype)) {
  Object.assign(Range.prototype, {
    getClientRects: () => [],
    getBoundingClientRect: () => new DOMRect(),
  });
}

afterEach(() => {
  vi.unstubAllGlobals();
});

function setupUser() {
  return userEvent.setup({ delay: null, pointerEventsCheck: PointerEventsCheckLevel.Never });
}

function sqlLabApi(bootstrap = buildSqlLabBootstrap(), extra: Parameters<typeof mockApi>[0] = {}) {
  return mockApi({
    'GET /api/v1/sqllab/': () => ({ body: { result: bootstrap } }),
    'GET /api/v1/database/1/schemas/': () => ({ body: { result: ['public', 'sales'] } }),
    'GET /api/v1/database/1/tables/': () => ({
      body: { count: 1, result: [{ value: 'orders', type: 'table', extra: null }] },
    }),
    'GET /api/v1/me/roles/': () => ({
      body: { result: buildMyRolesFor({ Admin: [['can_export_csv', 'SQLLab']] }) },
    }),
    'PUT /tabstateview/7': () => ({ body: 7 }),
    'POST /tabstateview/7/activate': () => ({ body: 7 }),
    ...extra,
  });
}

function editorText(): string {
  return screen.getByRole('textbox', { name: 'SQL editor' }).textContent ?? '';
}

describe('SqlLabPage', { timeout: 60_000 }, () => {
  it('reopens the stored tab with its SQL, database and schema', async () => {
    sqlLabApi(
      buildSqlLabBootstrap({
        active_tab: buildTabState({ label: 'Revenue', sql: 'SELECT 42 AS answer' }),
      }),
    );
    renderApp(PAGE, appBootstrap);

    expect(await screen.findByRole('tab', { name: 'Revenue' })).toBeTruthy();
    await waitFor(() => expect(editorText()).toContain('SELECT 42 AS answer'));
    expect(screen.getByText('Warehouse')).toBeTruthy();
    expect(await screen.findByRole('button', { name: /orders/ })).toBeTruthy();
    expect(document.title).toBe('SQL Lab | Superset');
  });

  it('stores a renamed tab on the server', async () => {
    const api = sqlLabApi();
    renderApp(PAGE, appBootstrap);
    const user = setupUser();

    await user.click(await screen.findByRole('button', { name: 'Rename tab' }));
    const dialog = await screen.findByRole('dialog', { name: 'Rename tab' });
    const input = within(dialog).getByRole('textbox', { name: 'Tab name' });
    await user.clear(input);
    await user.type(input, 'Orders by day{Enter}');

    expect(await screen.findByRole('tab', { name: 'Orders by day' })).toBeTruthy();
    await waitFor(
      () =>
        expect(api.requests.find((r) => r.method === 'PUT')?.body).toEqual({
          label: 'Orders by day',
        }),
      { timeout: 3000 },
    );
  });

  it('opens a first tab on the first visit', async () => {
    const api = sqlLabApi(buildSqlLabBootstrap({ active_tab: null }), {
      'POST /tabstateview/': () => ({ body: { id: 11 } }),
      'POST /tabstateview/11/activate': () => ({ body: 11 }),
    });
    renderApp(PAGE, appBootstrap);

    expect(await screen.findByRole('tab', { name: 'Untitled Query 1' })).toBeTruthy();
    const created = api.requests.filter((r) => r.method === 'POST' && r.url === '/tabstateview/');
    expect(created).toHaveLength(1);
    expect(created[0]?.body).toMatchObject({ label: 'Untitled Query 1', database_id: 1 });
  });

  it('runs the SQL and shows how many rows came back', async () => {
    const rows = [
      { n: 1, label: 'x1' },
      { n: 2, label: 'x2' },
    ];
    const api = sqlLabApi(undefined, {
      'POST /api/v1/sqllab/execute/': () => ({ body: buildResults(rows) }),
    });
    renderApp(PAGE, appBootstrap);
    const user = setupUser();

    await waitFor(() => expect(editorText()).toContain('SELECT 1'));
    await user.click(screen.getByRole('button', { name: /Run$/ }));

    expect(await screen.findByText('2 rows returned')).toBeTruthy();
    expect(screen.getByRole('grid', { name: 'Query results' })).toBeTruthy();
    expect(screen.getByRole('link', { name: /Download CSV/ })).toBeTruthy();
    const execute = api.requests.find((r) => r.url === '/api/v1/sqllab/execute/');
    expect(execute?.body).toMatchObject({
      database_id: 1,
      sql: 'SELECT 1',
      schema: 'public',
      queryLimit: 1000,
      sql_editor_id: '7',
      runAsync: false,
    });
  });

  it("shows the server's message when a statement is refused", async () => {
    sqlLabApi(buildSqlLabBootstrap({ active_tab: buildTabState({ sql: 'DELETE FROM t' }) }), {
      'POST /api/v1/sqllab/execute/': () => ({
        status: 400,
        body: {
          message: 'DML is not allowed for database "Warehouse".',
          errors: [
            {
              message: 'DML is not allowed',
              error_type: 'DML_NOT_ALLOWED_ERROR',
              level: 'error',
              extra: {},
            },
          ],
        },
      }),
    });
    renderApp(PAGE, appBootstrap);
    const user = setupUser();

    await waitFor(() => expect(editorText()).toContain('DELETE FROM t'));
    await user.click(screen.getByRole('button', { name: /Run$/ }));

    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('DML is not allowed for database "Warehouse".');
  });

  it("underlines what the database's validator reports, with its message", async () => {
    const api = sqlLabApi(
      buildSqlLabBootstrap({ active_tab: buildTabState({ sql: 'SELECT 1;\nSELEC 2' }) }),
      {
        'POST /api/v1/database/1/validate_sql/': () => ({
          body: {
            result: [
              {
                line_number: 2,
                start_column: 1,
                end_column: 6,
                message: 'syntax error at or near "SELEC"',
              },
            ],
          },
        }),
      },
    );
    const { container } = renderApp(PAGE, appBootstrap);

    await waitFor(() =>
      expect(container.querySelector('.cm-lintRange-error')?.textContent).toBe('SELEC'),
    );
    const validate = api.requests.find((r) => r.url === '/api/v1/database/1/validate_sql/');
    expect(validate?.body).toMatchObject({ sql: 'SELECT 1;\nSELEC 2', schema: 'public' });
  });

  it('says so when SQL Lab is refused to the user', async () => {
    mockApi({
      'GET /api/v1/sqllab/': () => ({ status: 403, body: { message: 'Forbidden', errors: [] } }),
    });
    renderApp(PAGE, appBootstrap);
    expect(await screen.findByText(/You do not have permission to use SQL Lab/)).toBeTruthy();
  });
});
