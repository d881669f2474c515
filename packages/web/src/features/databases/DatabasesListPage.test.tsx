import { parseRison } from '@superset-ts/shared';
import { configure, screen, waitFor, within } from '@testing-library/react';
import userEvent, { PointerEventsCheckLevel } from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { buildBootstrap } from '../../testing/build-bootstrap';
import { renderApp } from '../../testing/render-app';
import { queryOf } from '../users/testing/mock-api';
import { buildDatabaseItem } from './testing/build-database';
import { databasesApi } from './testing/database-api';

const PAGE = '/databaseview/list/';
const bootstrap = buildBootstrap();

// antd's table and modals render slowly in jsdom; give each wait room.
configure({ asyncUtilTimeout: 10_000, defaultHidden: true });

afterEach(() => {
  vi.unstubAllGlobals();
});

function setupUser() {
  return userEvent.setup({ delay: null, pointerEventsCheck: PointerEventsCheckLevel.Never });
}

async function rowOf(name: string): Promise<HTMLElement> {
  return (await screen.findByText(name)).closest('tr') as HTMLElement;
}

describe('DatabasesListPage', { timeout: 60_000 }, () => {
  it('lists databases with their backend, flags, author and last change', async () => {
    databasesApi({
      databases: [buildDatabaseItem({ allow_run_async: true, allow_dml: false })],
    });
    renderApp(PAGE, bootstrap);

    const row = await rowOf('Warehouse');
    const cells = within(row).getAllByRole('cell');
    expect(cells.map((cell) => cell.textContent)).toEqual(
      expect.arrayContaining(['postgresql', 'Ada Admin', '2 days ago']),
    );
    // AQE on, DML off, CSV upload off, exposed in SQL Lab.
    expect(within(row).getAllByLabelText('Yes')).toHaveLength(2);
    expect(within(row).getAllByLabelText('No')).toHaveLength(2);
    expect(document.title).toBe('Database Connections | Superset');
    expect(await screen.findByRole('button', { name: 'Database' })).toBeTruthy();
  });

  it('offers no adding, editing or deleting without can_write on Database', async () => {
    const api = databasesApi({ canWrite: false });
    renderApp(PAGE, bootstrap);

    const row = await rowOf('Warehouse');
    await waitFor(() => expect(api.calls()).toContain('GET /api/v1/me/roles/'));
    expect(within(row).queryByRole('button', { name: 'Edit Warehouse' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Database' })).toBeNull();
  });

  it('shows the empty state with a way to connect the first database', async () => {
    databasesApi({ databases: [] });
    renderApp(PAGE, bootstrap);

    expect(await screen.findByText('No databases yet')).toBeTruthy();
    await setupUser().click(await screen.findByRole('button', { name: 'Connect a database' }));
    expect(await screen.findByText('Select a database to connect')).toBeTruthy();
  });

  it('searches by name with a contains filter', async () => {
    const api = databasesApi();
    renderApp(PAGE, bootstrap);
    await rowOf('Warehouse');

    await setupUser().type(screen.getByLabelText('Search by name'), 'ware');

    await waitFor(() => {
      const last = api.requests.filter((r) => r.url.startsWith('/api/v1/database/?')).at(-1);
      expect(parseRison(queryOf(last))).toMatchObject({
        filters: [{ col: 'database_name', opr: 'ct', value: 'ware' }],
        page: 0,
      });
    });
  });

  it("asks before deleting and shows the server's reason when it refuses", async () => {
    const api = databasesApi(
      {},
      {
        'DELETE /api/v1/database/7': () => ({
          status: 422,
          body: {
            message: 'Cannot delete a database that has datasets attached: public.orders',
            errors: [],
          },
        }),
      },
    );
    renderApp(PAGE, bootstrap);
    const user = setupUser();

    await user.click(
      within(await rowOf('Warehouse')).getByRole('button', { name: 'Delete Warehouse' }),
    );
    const confirm = (
      await screen.findByText('Delete Warehouse?', { selector: '.ant-modal-confirm-title' })
    ).closest('.ant-modal-content') as HTMLElement;
    expect(api.calls()).not.toContain('DELETE /api/v1/database/7');
    await user.click(within(confirm).getByRole('button', { name: 'Delete' }));

    expect(
      await screen.findByText('Warehouse was not deleted', {
        selector: '.ant-modal-confirm-title',
      }),
    ).toBeTruthy();
    expect(screen.getByText(/datasets attached: public\.orders/)).toBeTruthy();
    const request = api.requests.find((r) => r.method === 'DELETE');
    expect(request?.headers.get('X-CSRFToken')).toBe('csrf-1');
  });
});
