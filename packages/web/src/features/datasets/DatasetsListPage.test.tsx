import { parseRison } from '@superset-ts/shared';
import { configure, screen, waitFor, within } from '@testing-library/react';
import userEvent, { PointerEventsCheckLevel } from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { buildBootstrap } from '../../testing/build-bootstrap';
import { renderApp } from '../../testing/render-app';
import { queryOf } from '../users/testing/mock-api';
import { buildDatasetItem } from './testing/build-dataset';
import { datasetsApi } from './testing/datasets-api';

const PAGE = '/tablemodelview/list/';
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
  return (await screen.findByRole('link', { name })).closest('tr') as HTMLElement;
}

describe('DatasetsListPage', { timeout: 120_000 }, () => {
  it('lists datasets with their type, database, schema and a link to Explore', async () => {
    datasetsApi({
      datasets: [
        buildDatasetItem(),
        buildDatasetItem({
          id: 12,
          table_name: 'big_orders',
          kind: 'virtual',
          sql: 'SELECT 1',
          explore_url: '/explore/?datasource_type=table&datasource_id=12',
          extra: '{"certification":{"certified_by":"Data team"}}',
        }),
      ],
    });
    renderApp(PAGE, bootstrap);

    const row = await rowOf('orders');
    expect(within(row).getByText('Physical')).toBeTruthy();
    expect(row.textContent).toContain('Warehouse');
    expect(row.textContent).toContain('public');
    expect(row.textContent).toContain('2 days ago');
    expect(screen.getByRole('link', { name: 'orders' }).getAttribute('href')).toBe(
      '/explore/?datasource_type=table&datasource_id=11',
    );
    const virtualRow = await rowOf('big_orders');
    expect(within(virtualRow).getByText('Virtual')).toBeTruthy();
    expect(within(virtualRow).getByLabelText('Certified')).toBeTruthy();
    // Only virtual datasets can be duplicated.
    expect(
      await within(virtualRow).findByRole('button', { name: 'Duplicate big_orders' }),
    ).toBeTruthy();
    expect(within(row).queryByRole('button', { name: 'Duplicate orders' })).toBeNull();
    expect(document.title).toBe('Datasets | Superset');
  });

  it('offers no adding, editing or selecting without can_write on Dataset', async () => {
    const api = datasetsApi({ canWrite: false });
    renderApp(PAGE, bootstrap);

    const row = await rowOf('orders');
    await waitFor(() => expect(api.calls()).toContain('GET /api/v1/me/roles/'));
    expect(within(row).queryByRole('button', { name: 'Edit orders' })).toBeNull();
    expect(within(row).queryByRole('checkbox')).toBeNull();
    expect(screen.queryByRole('button', { name: 'Dataset' })).toBeNull();
  });

  it('filters by type with the dataset_is_null_or_empty operator', async () => {
    const api = datasetsApi();
    renderApp(PAGE, bootstrap);
    await rowOf('orders');
    const user = setupUser();

    await user.click(screen.getByRole('combobox', { name: 'Type' }));
    await user.click(await screen.findByTitle('Virtual'));

    await waitFor(() => {
      const last = api.requests.filter((r) => r.url.startsWith('/api/v1/dataset/?')).at(-1);
      expect(parseRison(queryOf(last))).toMatchObject({
        filters: [{ col: 'sql', opr: 'dataset_is_null_or_empty', value: false }],
        page: 0,
      });
    });
  });

  it('shows what a delete breaks and deletes only once DELETE is typed', async () => {
    let isDeleted = false;
    const api = datasetsApi(
      {},
      {
        'DELETE /api/v1/dataset/11': () => {
          isDeleted = true;
          return { body: { message: 'OK' } };
        },
      },
    );
    renderApp(PAGE, bootstrap);
    const user = setupUser();
    await user.click(
      await within(await rowOf('orders')).findByRole('button', { name: 'Delete orders' }),
    );

    const dialog = await screen.findByRole('dialog', { name: 'Delete orders?' });
    expect(await within(dialog).findByText('Orders per day')).toBeTruthy();
    expect(within(dialog).getByText('Sales')).toBeTruthy();
    const confirm = within(dialog).getByRole('button', { name: 'Delete' });
    expect(confirm.hasAttribute('disabled')).toBe(true);

    await user.type(within(dialog).getByLabelText('Type DELETE to confirm'), 'DELETE');
    await user.click(confirm);
    await waitFor(() => expect(isDeleted).toBe(true));
    expect(api.calls()).toContain('GET /api/v1/dataset/11/related_objects');
  });

  it('bulk deletes the selected datasets in one request', async () => {
    const api = datasetsApi(
      { datasets: [buildDatasetItem(), buildDatasetItem({ id: 12, table_name: 'returns' })] },
      { 'DELETE /api/v1/dataset/': () => ({ body: { message: 'Deleted 2 datasets' } }) },
    );
    renderApp(PAGE, bootstrap);
    const user = setupUser();
    await user.click(await screen.findByRole('checkbox', { name: 'Select orders' }));
    await user.click(screen.getByRole('checkbox', { name: 'Select returns' }));
    await user.click(await screen.findByRole('button', { name: /Delete selected/ }));

    const dialog = await screen.findByRole('dialog', { name: 'Delete 2 datasets?' });
    await user.type(within(dialog).getByLabelText('Type DELETE to confirm'), 'delete{Enter}');
    await waitFor(() => {
      const request = api.requests.find((r) => r.method === 'DELETE');
      expect(parseRison(queryOf(request))).toEqual([11, 12]);
    });
    expect(await screen.findByText('Deleted 2 datasets')).toBeTruthy();
  });
});
