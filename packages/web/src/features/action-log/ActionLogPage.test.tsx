import { parseRison, type LogEntry, type LogListResponse } from '@superset-ts/shared';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { buildBootstrap } from '../../testing/build-bootstrap';
import { renderApp } from '../../testing/render-app';

function entry(overrides: Partial<LogEntry> = {}): LogEntry {
  return {
    id: 1,
    action: 'UserLoggedIn',
    user_id: 1,
    user: { id: 1, username: 'admin', first_name: 'Ada', last_name: 'Admin' },
    json: { method: 'POST', path: '/login/', username: 'admin', status: 200 },
    dttm: '2024-05-06T07:08:09.000Z',
    dashboard_id: null,
    slice_id: null,
    duration_ms: 1234,
    referrer: 'http://localhost/login/',
    ...overrides,
  };
}

function page(entries: LogEntry[], count = entries.length): LogListResponse {
  return { count, ids: entries.map((e) => e.id), result: entries };
}

function jsonResponse(status: number, body: unknown): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { 'Content-Type': 'application/json' },
  });
}

const fetchMock = vi.fn<typeof fetch>();

function urlOf(input: string | URL | Request): URL {
  const href = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
  return new URL(href, 'http://localhost');
}

/** antd's table takes a while to render in jsdom. */
const SLOW = { timeout: 5_000 };

/** The list queries the page asked for, decoded from `q`. */
function listQueries(): Record<string, unknown>[] {
  return fetchMock.mock.calls
    .map(([input]) => urlOf(input))
    .filter((url) => url.pathname === '/api/v1/log/')
    .map((url) => parseRison(url.searchParams.get('q') ?? '()') as Record<string, unknown>);
}

beforeEach(() => {
  vi.stubGlobal('fetch', fetchMock);
});

afterEach(() => {
  fetchMock.mockReset();
  vi.unstubAllGlobals();
});

function serve(list: (query: Record<string, unknown>) => Response) {
  fetchMock.mockImplementation(async (input) => {
    const url = urlOf(input);
    if (url.pathname === '/api/v1/log/related/user') {
      return jsonResponse(200, { count: 1, result: [{ value: 7, text: 'Grace Hopper' }] });
    }
    return list(parseRison(url.searchParams.get('q') ?? '()') as Record<string, unknown>);
  });
}

describe('ActionLogPage', { timeout: 20_000 }, () => {
  it('shows the newest entries with time, user, action, duration and referrer', async () => {
    serve(() =>
      jsonResponse(
        200,
        page(
          [entry(), entry({ id: 2, action: 'LogRestApi.get_list', user: null, duration_ms: null })],
          42,
        ),
      ),
    );
    renderApp('/actionlog/list/', buildBootstrap());

    expect(screen.getByRole('heading', { name: 'Action Log' })).toBeTruthy();
    expect(document.title).toBe('Action Log | Superset');
    const table = await screen.findByRole('table', {}, SLOW);
    await within(table).findByText('UserLoggedIn', {}, SLOW);
    for (const header of ['Time', 'User', 'Action', 'Duration', 'Referrer']) {
      expect(within(table).getByRole('columnheader', { name: header })).toBeTruthy();
    }
    expect(within(table).getByText('Ada Admin')).toBeTruthy();
    expect(within(table).getByText('Anonymous')).toBeTruthy();
    expect(within(table).getByText('1,234 ms')).toBeTruthy();
    expect(within(table).getAllByText('http://localhost/login/').length).toBeGreaterThan(0);
    expect(screen.getByText('42 entries')).toBeTruthy();
    expect(listQueries()[0]).toMatchObject({
      filters: [],
      order_column: 'dttm',
      order_direction: 'desc',
      page: 0,
      page_size: 25,
    });
  });

  it('expands a row from the keyboard to show its details as JSON', async () => {
    serve(() => jsonResponse(200, page([entry()])));
    const user = userEvent.setup();
    renderApp('/actionlog/list/', buildBootstrap());

    const expand = await screen.findByRole('button', { name: /expand row/i }, SLOW);
    expand.focus();
    await user.keyboard('{Enter}');

    const details = await screen.findByLabelText('Details of log entry 1', {}, SLOW);
    expect(details.textContent).toContain('"username": "admin"');
    expect(details.textContent).toContain('"status": 200');
  });

  it('filters by action on Enter, starting again from the first page', async () => {
    serve((query) =>
      jsonResponse(200, (query.filters as unknown[]).length > 0 ? page([]) : page([entry()])),
    );
    const user = userEvent.setup();
    renderApp('/actionlog/list/', buildBootstrap());
    await screen.findByText('UserLoggedIn', {}, SLOW);

    await user.type(screen.getByLabelText('Filter by action'), 'login{Enter}');

    expect(await screen.findByText('No log entries match these filters', {}, SLOW)).toBeTruthy();
    expect(listQueries().at(-1)).toMatchObject({
      filters: [{ col: 'action', opr: 'ct', value: 'login' }],
      page: 0,
    });
  });

  it('filters by a user picked from the list', async () => {
    serve(() => jsonResponse(200, page([entry()])));
    const user = userEvent.setup();
    renderApp('/actionlog/list/', buildBootstrap());
    await screen.findByText('UserLoggedIn', {}, SLOW);

    await user.click(screen.getByRole('combobox', { name: 'Filter by user' }));
    await user.click(await screen.findByText('Grace Hopper', {}, SLOW));

    await waitFor(() =>
      expect(listQueries().at(-1)).toMatchObject({
        filters: [{ col: 'user', opr: 'rel_o_m', value: 7 }],
      }),
    );
  });

  it('says so when the log is empty', async () => {
    serve(() => jsonResponse(200, page([])));
    renderApp('/actionlog/list/', buildBootstrap());
    expect(await screen.findByText('No log entries yet', {}, SLOW)).toBeTruthy();
  });

  it('shows the server message when loading fails, and tries again on request', async () => {
    let calls = 0;
    serve(() => {
      calls += 1;
      return calls === 1
        ? jsonResponse(500, {
            message: 'An unexpected error occurred.',
            errors: [{ message: 'x', error_type: 'GENERIC_BACKEND_ERROR', level: 'error' }],
          })
        : jsonResponse(200, page([entry()]));
    });
    const user = userEvent.setup();
    renderApp('/actionlog/list/', buildBootstrap());

    expect(await screen.findByText('The action log could not be loaded', {}, SLOW)).toBeTruthy();
    expect(screen.getByText('An unexpected error occurred.')).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Try again' }));
    expect(await screen.findByText('UserLoggedIn', {}, SLOW)).toBeTruthy();
    expect(screen.queryByText('The action log could not be loaded')).toBeNull();
  });

  it('tells a user without access to the log that they are not allowed', async () => {
    serve(() =>
      jsonResponse(403, {
        message: 'You do not have permission to do this.',
        errors: [{ message: 'x', error_type: 'ACCESS_DENIED', level: 'error' }],
      }),
    );
    renderApp('/actionlog/list/', buildBootstrap());
    expect(await screen.findByText('Access denied', {}, SLOW)).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Back to home' }).getAttribute('href')).toBe(
      '/superset/welcome/',
    );
  });
});
