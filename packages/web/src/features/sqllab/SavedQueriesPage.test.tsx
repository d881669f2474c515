import { parseRison, type SavedQuery } from '@superset-ts/shared';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent, { PointerEventsCheckLevel } from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { buildBootstrap } from '../../testing/build-bootstrap';
import { renderApp } from '../../testing/render-app';
import { mockApi } from '../users/testing/mock-api';

const SLOW = { timeout: 10_000 };

function savedQuery(overrides: Partial<SavedQuery> = {}): SavedQuery {
  return {
    id: 3,
    uuid: '00000000-0000-4000-8000-000000000003',
    label: 'Daily apples',
    description: null,
    db_id: 1,
    database: { id: 1, database_name: 'Warehouse' },
    catalog: null,
    schema: 'public',
    sql: 'SELECT 1 AS apples',
    template_parameters: null,
    extra_json: '{}',
    rows: null,
    last_run: null,
    changed_on: '2024-05-06T07:08:09',
    changed_on_delta_humanized: '2 days ago',
    created_by: { id: 1, first_name: 'Ada', last_name: 'Admin' },
    ...overrides,
  };
}

afterEach(() => vi.unstubAllGlobals());

describe('SavedQueriesPage', { timeout: 60_000 }, () => {
  it('lists saved queries, then asks for those whose name contains the search, sorted as clicked', async () => {
    const api = mockApi({
      'GET /api/v1/saved_query/': () => ({
        body: { count: 1, ids: [3], result: [savedQuery()] },
      }),
    });
    const user = userEvent.setup({
      delay: null,
      pointerEventsCheck: PointerEventsCheckLevel.Never,
    });
    renderApp('/savedqueryview/list/', buildBootstrap());

    const row = (await screen.findByText('Daily apples', {}, SLOW)).closest('tr');
    expect(within(row as HTMLElement).getByText('Warehouse')).toBeTruthy();
    expect(screen.getByText('1-1 of 1 saved queries')).toBeTruthy();

    const lastList = () =>
      parseRison(
        new URL(
          api.requests.filter((r) => r.url.startsWith('/api/v1/saved_query/?')).at(-1)?.url ?? '/',
          'http://x',
        ).searchParams.get('q') ?? '()',
      );
    expect(lastList()).toMatchObject({ order_column: 'changed_on', order_direction: 'desc' });

    await user.type(screen.getByRole('searchbox', { name: 'Search by name' }), 'apples');
    await waitFor(() =>
      expect(lastList()).toMatchObject({
        page: 0,
        filters: [{ col: 'label', opr: 'ct', value: 'apples' }],
      }),
    );

    await user.click(screen.getByRole('columnheader', { name: /^Name/ }));
    await waitFor(() =>
      expect(lastList()).toMatchObject({ order_column: 'label', order_direction: 'asc' }),
    );
  });
});
