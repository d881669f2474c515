import type { RlsListItem } from '@superset-ts/shared';
import { configure, fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent, { PointerEventsCheckLevel } from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { buildBootstrap } from '../../testing/build-bootstrap';
import { renderApp } from '../../testing/render-app';
import { listOf } from '../users/testing/build-user';
import { mockApi, queryOf } from '../users/testing/mock-api';

configure({ asyncUtilTimeout: 10_000, defaultHidden: true });

const PAGE = '/rowlevelsecurity/list/';
const API = '/api/v1/rowlevelsecurity/';

const RULE: RlsListItem = {
  id: 3,
  name: 'EU only',
  description: null,
  filter_type: 'Regular',
  tables: [{ id: 11, schema: 'sales', table_name: 'orders' }],
  roles: [{ id: 4, name: 'Gamma' }],
  group_key: 'region',
  clause: "region = 'EU'",
  changed_on_delta_humanized: '2 hours ago',
  changed_by: { id: 1, first_name: 'Ada', last_name: 'Admin' },
};

function rlsApi(extra: Parameters<typeof mockApi>[0] = {}) {
  return mockApi({
    [`GET ${API}`]: () => ({ body: listOf([RULE]) }),
    [`GET ${API}related/tables`]: () => ({
      body: {
        count: 2,
        result: [
          { value: 11, text: 'sales.orders' },
          { value: 12, text: 'sales.customers' },
        ],
      },
    }),
    [`GET ${API}related/roles`]: () => ({
      body: {
        count: 2,
        result: [
          { value: 4, text: 'Gamma' },
          { value: 5, text: 'Alpha' },
        ],
      },
    }),
    ...extra,
  });
}

const setupUser = () =>
  userEvent.setup({ delay: null, pointerEventsCheck: PointerEventsCheckLevel.Never });

/** Opens an antd select and clicks an option (DOM queries: role queries are slow in jsdom). */
async function pickOption(dialog: HTMLElement, select: string, option: string) {
  const input = dialog.querySelector(`input[aria-label="${select}"]`);
  if (!input) throw new Error(`no select labelled ${select}`);
  fireEvent.mouseDown(input);
  const item = await waitFor(() => {
    const found = document.querySelector(
      `.ant-select-dropdown:not(.ant-select-dropdown-hidden) .ant-select-item-option[title="${option}"]`,
    );
    if (!found) throw new Error(`no option ${option} yet`);
    return found;
  });
  fireEvent.click(item);
}

afterEach(() => vi.unstubAllGlobals());

describe('RlsListPage', { timeout: 120_000 }, () => {
  it('lists the rules with their datasets, roles and clause', async () => {
    rlsApi();
    renderApp(PAGE, buildBootstrap());
    const row = (await screen.findByText('EU only', { selector: 'strong' })).closest('tr');
    expect(row?.textContent).toContain('orders');
    expect(row?.textContent).toContain('Gamma');
    expect(row?.textContent).toContain("region = 'EU'");
    expect(row?.textContent).toContain('Regular');
  });

  it('searches by name', async () => {
    const api = rlsApi();
    renderApp(PAGE, buildBootstrap());
    const user = setupUser();
    await screen.findByText('EU only', { selector: 'strong' });
    await user.type(screen.getByRole('searchbox', { name: 'Search by name' }), 'east');
    await waitFor(() =>
      expect(queryOf(api.requests.filter((r) => r.url.startsWith(`${API}?`)).at(-1))).toContain(
        '(col:name,opr:ct,value:east)',
      ),
    );
  });

  it('adds a rule with the datasets and roles picked in the form', async () => {
    const api = rlsApi({ [`POST ${API}`]: () => ({ status: 201, body: { id: 9, result: {} } }) });
    renderApp(PAGE, buildBootstrap());
    await screen.findByText('EU only', { selector: 'strong' });

    fireEvent.click(screen.getByText('Rule', { selector: 'button span' }));
    const dialog = (await screen.findAllByText('Add rule', { selector: '.ant-modal-title' }))
      .at(-1)
      ?.closest('[role="dialog"]') as HTMLElement;
    const fill = (label: string, value: string) =>
      fireEvent.change(within(dialog).getByLabelText(label), { target: { value } });
    fill('Rule name', 'Tenant 7');
    await pickOption(dialog, 'Datasets', 'sales.customers');
    await pickOption(dialog, 'Roles', 'Alpha');
    fill('Group key', 'tenant');
    fill('Clause', 'tenant_id = 7');
    fireEvent.click(within(dialog).getByText('Add rule', { selector: 'button span' }));

    await waitFor(() =>
      expect(api.requests.find((r) => r.method === 'POST' && r.url === API)?.body).toEqual({
        name: 'Tenant 7',
        filter_type: 'Regular',
        tables: [12],
        roles: [5],
        group_key: 'tenant',
        clause: 'tenant_id = 7',
        description: null,
      }),
    );
  });
});
