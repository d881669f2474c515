import { configure, screen, waitFor, within } from '@testing-library/react';
import userEvent, { PointerEventsCheckLevel } from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { buildBootstrap } from '../../testing/build-bootstrap';
import { renderApp } from '../../testing/render-app';
import { buildApiRole, listOf } from '../users/testing/build-user';
import { mockApi } from '../users/testing/mock-api';
import { PERMISSION_RESOURCES } from './testing/build-permission-resource';

// antd renders slowly in jsdom; give each wait room, and skip slow visibility checks.
configure({ asyncUtilTimeout: 10_000, defaultHidden: true });

const ROLES = [
  buildApiRole({ id: 1, name: 'Admin', user_count: 2, permission_count: 3 }),
  buildApiRole({ id: 7, name: 'Analyst', user_count: 3, permission_count: 1, is_builtin: false }),
];

function standardApi(extra: Parameters<typeof mockApi>[0] = {}) {
  return mockApi({
    'GET /api/v1/security/roles/': () => ({ body: listOf(ROLES) }),
    'GET /api/v1/security/permissions-resources/': () => ({ body: listOf(PERMISSION_RESOURCES) }),
    'GET /api/v1/security/roles/7/permissions/': () => ({
      body: { result: [{ id: 3, permission_name: 'can_read', view_menu_name: 'Chart' }] },
    }),
    'GET /api/v1/security/roles/1/permissions/': () => ({ body: { result: [] } }),
    ...extra,
  });
}

async function rowOf(name: string): Promise<HTMLElement> {
  return (await screen.findByText(name, { selector: 'strong' })).closest('tr') as HTMLElement;
}

async function dialogTitled(title: string): Promise<HTMLElement> {
  const titles = await screen.findAllByText(title, { selector: '.ant-modal-title' });
  return titles.at(-1)?.closest('[role="dialog"]') as HTMLElement;
}

const setupUser = () =>
  userEvent.setup({ delay: null, pointerEventsCheck: PointerEventsCheckLevel.Never });

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('RolesListPage', { timeout: 60_000 }, () => {
  it('lists roles with user counts; built-in roles are marked and cannot be deleted', async () => {
    standardApi();
    renderApp('/roles/list/', buildBootstrap());

    const admin = await rowOf('Admin');
    expect(within(admin).getByText('Built-in')).toBeTruthy();
    expect(
      within(admin).getByRole<HTMLButtonElement>('button', { name: 'Delete Admin' }).disabled,
    ).toBe(true);
    const analyst = await rowOf('Analyst');
    expect(within(analyst).queryByText('Built-in')).toBeNull();
    expect(within(analyst).getByText('3')).toBeTruthy();
  });

  it('edits a role: grouped, searchable permissions, saved in one request', async () => {
    const api = standardApi({
      'PUT /api/v1/security/roles/7': () => ({ body: { id: 7, result: ROLES[1] } }),
    });
    renderApp('/roles/list/', buildBootstrap());
    const user = setupUser();

    await user.click(within(await rowOf('Analyst')).getByRole('button', { name: 'Edit Analyst' }));
    const dialog = await dialogTitled('Edit Analyst');
    const chart = await within(dialog).findByLabelText('can_read on Chart');
    expect((chart as HTMLInputElement).checked).toBe(true);
    expect(within(dialog).getByText('1 of 3 selected')).toBeTruthy();

    await user.click(within(dialog).getByLabelText('All permissions on Dashboard'));
    await user.click(within(dialog).getByLabelText('Search permissions'));
    await user.paste('chart');
    expect(within(dialog).queryByLabelText('can_read on Dashboard')).toBeNull();
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));

    await waitFor(() => expect(api.calls()).toContain('PUT /api/v1/security/roles/7'));
    const put = api.requests.find((r) => r.method === 'PUT');
    expect(put?.body).toEqual({ name: 'Analyst', permission_view_menu_ids: [1, 2, 3] });
    expect(put?.headers.get('X-CSRFToken')).toBe('csrf-1');
  });

  it('warns that superset init resets a built-in role, whose name cannot change', async () => {
    standardApi();
    renderApp('/roles/list/', buildBootstrap());
    await setupUser().click(
      within(await rowOf('Admin')).getByRole('button', { name: 'Edit Admin' }),
    );
    const dialog = await dialogTitled('Edit Admin');
    expect(within(dialog).getByText('Admin is a built-in role')).toBeTruthy();
    expect(within(dialog).getByText(/superset init/)).toBeTruthy();
    expect((await within(dialog).findByLabelText<HTMLInputElement>('Name')).disabled).toBe(true);
  });

  it('asks before deleting a role, saying how many users hold it', async () => {
    const api = standardApi({
      'DELETE /api/v1/security/roles/7': () => ({ body: { message: 'OK' } }),
    });
    renderApp('/roles/list/', buildBootstrap());
    const user = setupUser();
    await user.click(
      within(await rowOf('Analyst')).getByRole('button', { name: 'Delete Analyst' }),
    );
    const confirm = await dialogTitled('Delete the role Analyst?');
    expect(within(confirm).getByText(/3 users will lose it/)).toBeTruthy();
    await user.click(within(confirm).getByRole('button', { name: 'Delete' }));
    await waitFor(() => expect(api.calls()).toContain('DELETE /api/v1/security/roles/7'));
  });
});
