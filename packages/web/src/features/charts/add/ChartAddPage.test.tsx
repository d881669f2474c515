import { configure, screen, waitFor, within } from '@testing-library/react';
import userEvent, { PointerEventsCheckLevel } from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { buildBootstrap } from '../../../testing/build-bootstrap';
import { queryOf } from '../../users/testing/mock-api';
import { chartsApi } from '../testing/charts-api';
import { renderPage } from '../testing/render-page';
import { ChartAddPage } from './ChartAddPage';

const PAGE = '/chart/add/';

configure({ asyncUtilTimeout: 10_000, defaultHidden: true });

afterEach(() => {
  vi.unstubAllGlobals();
});

function setupUser() {
  return userEvent.setup({ delay: null, pointerEventsCheck: PointerEventsCheckLevel.Never });
}

async function pickDataset(user: ReturnType<typeof setupUser>, name: string) {
  await user.click(screen.getByRole('combobox', { name: 'Dataset' }));
  await user.click(await screen.findByTitle(name));
}

describe('ChartAddPage', { timeout: 120_000 }, () => {
  it('opens Explore on the chosen dataset as the chosen type', async () => {
    chartsApi();
    renderPage(PAGE, <ChartAddPage />, buildBootstrap());
    const user = setupUser();
    const create = await screen.findByRole('button', { name: 'Create new chart' });
    expect(create.hasAttribute('disabled')).toBe(true);
    expect(screen.getByText('Select both a dataset and a chart type to proceed.')).toBeTruthy();

    await pickDataset(user, 'orders');
    expect(create.hasAttribute('disabled')).toBe(true);
    const types = screen.getByRole('group', { name: 'Chart types' });
    await user.click(within(types).getByRole('button', { name: 'Pie Chart' }));
    expect(
      within(types).getByRole('button', { name: 'Pie Chart' }).getAttribute('aria-pressed'),
    ).toBe('true');
    await waitFor(() => expect(create.hasAttribute('disabled')).toBe(false));

    await user.click(create);
    expect((await screen.findByLabelText('Current location')).textContent).toBe(
      '/explore/?datasource_type=table&datasource_id=11&viz_type=pie',
    );
    expect(document.title).toBe('Create a new chart | Superset');
  });

  it('searches the datasets the server lists by what is typed', async () => {
    const api = chartsApi();
    renderPage(PAGE, <ChartAddPage />, buildBootstrap());
    const user = setupUser();
    await user.type(screen.getByRole('combobox', { name: 'Dataset' }), 'ord');
    await waitFor(() => {
      const last = api.requests.filter((r) => r.url.startsWith('/api/v1/dataset/?')).at(-1);
      expect(queryOf(last)).toContain('value:ord');
    });
    expect(await screen.findByText('Warehouse · public')).toBeTruthy();
  });

  it('narrows the chart types by the search, and goes on at a double click', async () => {
    chartsApi();
    renderPage(PAGE, <ChartAddPage />, buildBootstrap());
    const user = setupUser();
    await user.type(screen.getByRole('searchbox', { name: 'Search chart types' }), 'pie');
    const types = screen.getByRole('group', { name: 'Chart types' });
    expect(
      within(types)
        .getAllByRole('button')
        .map((tile) => tile.textContent),
    ).toEqual(['Pie Chart']);
    await user.clear(screen.getByRole('searchbox', { name: 'Search chart types' }));
    await user.type(screen.getByRole('searchbox', { name: 'Search chart types' }), 'no such');
    expect(screen.getByText('No chart type matches')).toBeTruthy();
    await user.clear(screen.getByRole('searchbox', { name: 'Search chart types' }));

    await pickDataset(user, 'orders');
    await user.dblClick(
      within(screen.getByRole('group', { name: 'Chart types' })).getByRole('button', {
        name: 'Table',
      }),
    );
    expect((await screen.findByLabelText('Current location')).textContent).toBe(
      '/explore/?datasource_type=table&datasource_id=11&viz_type=table',
    );
  });
});
