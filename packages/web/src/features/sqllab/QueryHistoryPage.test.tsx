import { parseRison, type QueryHistoryItem } from '@superset-ts/shared';
import { screen, waitFor } from '@testing-library/react';
import userEvent, { PointerEventsCheckLevel } from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { buildBootstrap } from '../../testing/build-bootstrap';
import { renderApp } from '../../testing/render-app';
import { mockApi } from '../users/testing/mock-api';

const SLOW = { timeout: 5_000 };

function historyItem(overrides: Partial<QueryHistoryItem> = {}): QueryHistoryItem {
  return {
    id: 1,
    client_id: 'a1',
    changed_on: '2024-05-06T07:08:09',
    database: { id: 1, database_name: 'Warehouse' },
    schema: 'public',
    sql: 'SELECT 1 AS apples',
    executed_sql: 'SELECT 1 AS apples LIMIT 1001',
    status: 'success',
    rows: 1,
    start_time: 1_700_000_000_000,
    end_time: 1_700_000_000_250,
    tab_name: 'Untitled Query 1',
    tmp_table_name: null,
    tracking_url: null,
    error_message: null,
    user: { id: 1, first_name: 'Ada', last_name: 'Admin' },
    ...overrides,
  };
}

afterEach(() => vi.unstubAllGlobals());

function serveHistory() {
  return mockApi({
    'GET /api/v1/query/': () => ({ body: { count: 1, ids: [1], result: [historyItem()] } }),
    'GET /api/v1/query/related/database': () => ({
      body: {
        count: 2,
        result: [
          { value: 1, text: 'Warehouse' },
          { value: 4, text: 'Examples' },
        ],
      },
    }),
    'GET /api/v1/query/related/user': () => ({
      body: { count: 1, result: [{ value: 7, text: 'Grace Hopper' }] },
    }),
  });
}

describe('QueryHistoryPage', { timeout: 30_000 }, () => {
  it('filters the history by a database and a user picked from their lists', async () => {
    const api = serveHistory();
    const user = userEvent.setup({
      delay: null,
      pointerEventsCheck: PointerEventsCheckLevel.Never,
    });
    renderApp('/sqllab/history/', buildBootstrap());
    await screen.findByText('SELECT 1 AS apples', {}, SLOW);

    await user.click(screen.getByLabelText('Database', { selector: 'input' }));
    await user.click(await screen.findByText('Examples', {}, SLOW));
    await user.click(screen.getByLabelText('User', { selector: 'input' }));
    await user.click(await screen.findByText('Grace Hopper', {}, SLOW));

    const lastList = () =>
      parseRison(
        new URL(
          api.requests.filter((r) => r.url.startsWith('/api/v1/query/?')).at(-1)?.url ?? '/',
          'http://x',
        ).searchParams.get('q') ?? '()',
      );
    await waitFor(() =>
      expect(lastList()).toMatchObject({
        page: 0,
        filters: [
          { col: 'database', opr: 'rel_o_m', value: 4 },
          { col: 'user', opr: 'rel_o_m', value: 7 },
        ],
      }),
    );
  });
});
