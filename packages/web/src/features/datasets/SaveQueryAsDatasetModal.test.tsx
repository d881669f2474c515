import { screen, waitFor } from '@testing-library/react';
import userEvent, { PointerEventsCheckLevel } from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { buildBootstrap } from '../../testing/build-bootstrap';
import { renderPage } from '../charts/testing/render-page';
import { CreateChartButton } from '../sqllab/CreateChartButton';
import { buildQuery } from '../sqllab/testing/build-sqllab';
import { mockApi } from '../users/testing/mock-api';
import { SaveDatasetButton } from './SaveDatasetButton';
import { rolesWithDatasets } from './testing/datasets-api';

const SLOW = { timeout: 10_000 };
const query = buildQuery({ sql: 'SELECT 1 AS apples', tab: 'Apples' });

afterEach(() => vi.unstubAllGlobals());

function serveDatasets() {
  return mockApi({
    'GET /api/v1/me/roles/': () => ({ body: { result: rolesWithDatasets(true) } }),
    'POST /api/v1/dataset/': () => ({ status: 201, body: { id: 42, result: {} } }),
  });
}

function setupUser() {
  return userEvent.setup({ delay: null, pointerEventsCheck: PointerEventsCheckLevel.Never });
}

describe('saving a SQL Lab query as a dataset', { timeout: 60_000 }, () => {
  it('"Create chart" saves the query as a virtual dataset, then opens Explore on it', async () => {
    const api = serveDatasets();
    const user = setupUser();
    renderPage('/sqllab/', <CreateChartButton query={query} />, buildBootstrap());

    await user.click(await screen.findByRole('button', { name: /Create chart/ }, SLOW));
    const name = await screen.findByLabelText('Dataset name', {}, SLOW);
    expect((name as HTMLInputElement).value).toMatch(/^Apples \d\d\/\d\d\/\d{4} /);
    await user.clear(name);
    await user.type(name, ' apples ');
    await user.click(screen.getByRole('button', { name: 'Save & explore' }));

    expect((await screen.findByLabelText('Current location', {}, SLOW)).textContent).toBe(
      '/explore/?datasource_type=table&datasource_id=42',
    );
    expect(api.requests.find((r) => r.method === 'POST')?.body).toEqual({
      database: 1,
      schema: 'public',
      sql: 'SELECT 1 AS apples',
      table_name: 'apples',
    });
  });

  it('"Save dataset" saves it the same way and links to the new dataset', async () => {
    const api = serveDatasets();
    const user = setupUser();
    renderPage('/sqllab/', <SaveDatasetButton query={query} />, buildBootstrap());

    await user.click(await screen.findByRole('button', { name: /Save dataset/ }, SLOW));
    const name = await screen.findByLabelText('Dataset name', {}, SLOW);
    await user.clear(name);
    await user.type(name, 'apples');
    await user.click(screen.getByRole('button', { name: 'Save' }));

    const link = await screen.findByRole('link', { name: 'apples' }, SLOW);
    expect(link.getAttribute('href')).toBe('/explore/?datasource_type=table&datasource_id=42');
    await waitFor(() =>
      expect(api.requests.find((r) => r.method === 'POST')?.body).toMatchObject({
        sql: 'SELECT 1 AS apples',
        table_name: 'apples',
      }),
    );
  });
});
