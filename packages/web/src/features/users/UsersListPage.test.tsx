import { parseRison } from '@superset-ts/shared';
import { configure, screen, waitFor, within } from '@testing-library/react';
import userEvent, { PointerEventsCheckLevel } from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { buildBootstrap, buildUser } from '../../testing/build-bootstrap';
import { renderApp } from '../../testing/render-app';
import { buildApiRole, buildApiUser, listOf } from './testing/build-user';
import { mockApi, queryOf } from './testing/mock-api';

const ADMIN = buildApiUser({ id: 1, username: 'admin', roles: [{ id: 1, name: 'Admin' }] });
const ADA = buildApiUser();
const ROLES = [buildApiRole({ id: 1, name: 'Admin' }), buildApiRole({ id: 3, name: 'Gamma' })];
const bootstrap = buildBootstrap({ user: buildUser({ id: 1 }) });

function standardApi(extra: Parameters<typeof mockApi>[0] = {}) {
  return mockApi({
    'GET /api/v1/security/users/': () => ({ body: listOf([ADMIN, ADA]) }),
    'GET /api/v1/security/roles/': () => ({ body: listOf(ROLES) }),
    ...extra,
  });
}

// antd's table, forms and modals render slowly in jsdom; give each wait room, and skip role queries' slow visibility checks.
configure({ asyncUtilTimeout: 10_000, defaultHidden: true });

afterEach(() => {
  vi.unstubAllGlobals();
});

/**
 * The dialog with this title. (antd gives every modal's title the same id under test, so
 * dialogs cannot be told apart by accessible name while another one is closing.)
 */
async function dialogTitled(title: string): Promise<HTMLElement> {
  const titles = await screen.findAllByText(title, { selector: '.ant-modal-title' });
  return titles.at(-1)?.closest('[role="dialog"]') as HTMLElement;
}

/** Types into a field in one go (typing key by key re-renders antd forms many times). */
async function fill(user: ReturnType<typeof userEvent.setup>, field: HTMLElement, text: string) {
  await user.click(field);
  await user.paste(text);
}

/** The table row of a user, once the list has loaded. */
async function rowOf(username: string): Promise<HTMLElement> {
  return (await screen.findByText(username)).closest('tr') as HTMLElement;
}

describe('UsersListPage', { timeout: 60_000 }, () => {
  it('lists users with their status and roles, marking the current user', async () => {
    standardApi();
    renderApp('/users/list/', bootstrap);

    const row = await rowOf('ada');
    expect(within(row).getByText('Active')).toBeTruthy();
    expect(within(row).getByText('Gamma')).toBeTruthy();
    expect(within(row).getByText('ada@example.com')).toBeTruthy();
    const adminRow = screen.getByText('admin').closest('tr') as HTMLElement;
    expect(within(adminRow).getByText('You')).toBeTruthy();
    expect(
      within(adminRow).getByRole<HTMLButtonElement>('button', { name: 'Delete admin' }).disabled,
    ).toBe(true);
    expect(document.title).toBe('List Users | Superset');
  });

  it('shows access denied when the server refuses the list', async () => {
    mockApi({
      'GET /api/v1/security/users/': () => ({
        status: 403,
        body: { message: 'You do not have permission to do this.', errors: [] },
      }),
    });
    renderApp('/users/list/', bootstrap);

    expect(await screen.findByText('Access denied')).toBeTruthy();
    expect(screen.queryByRole('table')).toBeNull();
  });

  it('sends the filters as a Rison query and offers to clear them when nothing matches', async () => {
    const api = standardApi({
      'GET /api/v1/security/users/': (request) =>
        request.url.includes('nobody') ? { body: listOf([]) } : { body: listOf([ADMIN, ADA]) },
    });
    renderApp('/users/list/', bootstrap);
    await screen.findByText('ada');

    await userEvent
      .setup({ delay: null })
      .type(screen.getByLabelText('Search by username'), 'nobody');

    expect(await screen.findByText('No users match these filters')).toBeTruthy();
    const last = api.requests.filter((r) => r.url.startsWith('/api/v1/security/users/')).at(-1);
    expect(parseRison(queryOf(last))).toMatchObject({
      filters: [{ col: 'username', opr: 'ct', value: 'nobody' }],
      page: 0,
    });
  });

  it('adds a user: validates first, then posts with the CSRF token', async () => {
    const api = standardApi({
      'POST /api/v1/security/users/': (request) => ({
        status: 201,
        body: { id: 9, result: buildApiUser({ id: 9, ...(request.body as object), roles: [] }) },
      }),
    });
    renderApp('/users/list/', bootstrap);
    await screen.findByText('ada');
    const user = userEvent.setup({
      delay: null,
      pointerEventsCheck: PointerEventsCheckLevel.Never,
    });

    await user.click(screen.getByRole('button', { name: 'User' }));
    const dialog = await dialogTitled('Add user');
    await user.click(within(dialog).getByRole('button', { name: 'Add user' }));
    expect(await within(dialog).findByText('Username is required')).toBeTruthy();
    expect(within(dialog).getByText('Give the user at least one role')).toBeTruthy();

    await fill(user, within(dialog).getByLabelText('Username'), 'grace');
    await fill(user, within(dialog).getByLabelText('First name'), 'Grace');
    await fill(user, within(dialog).getByLabelText('Last name'), 'Hopper');
    await fill(user, within(dialog).getByLabelText('Email'), 'grace@example.com');
    await fill(user, within(dialog).getByLabelText('Password'), 'a-long-password');
    await fill(user, within(dialog).getByLabelText('Confirm password'), 'a-long-password');
    await user.click(within(dialog).getByLabelText('Roles'));
    await user.click(await screen.findByTitle('Gamma'));
    await user.click(within(dialog).getByRole('button', { name: 'Add user' }));

    await waitFor(() => expect(api.calls()).toContain('POST /api/v1/security/users/'));
    const post = api.requests.find((r) => r.method === 'POST');
    expect(post?.headers.get('X-CSRFToken')).toBe('csrf-1');
    expect(post?.body).toEqual({
      username: 'grace',
      first_name: 'Grace',
      last_name: 'Hopper',
      email: 'grace@example.com',
      password: 'a-long-password',
      active: true,
      roles: [3],
    });
    await waitFor(() => expect(screen.queryByRole('dialog', { name: 'Add user' })).toBeNull());
  });

  it('shows the server refusal of a duplicate next to the form', async () => {
    standardApi({
      'PUT /api/v1/security/users/2': () => ({
        status: 409,
        body: {
          message: 'A user with the email "admin@example.com" already exists.',
          errors: [],
        },
      }),
    });
    renderApp('/users/list/', bootstrap);
    const user = userEvent.setup({
      delay: null,
      pointerEventsCheck: PointerEventsCheckLevel.Never,
    });
    await user.click(within(await rowOf('ada')).getByRole('button', { name: 'Edit ada' }));
    const dialog = await dialogTitled('Edit ada');
    await user.clear(within(dialog).getByLabelText('Email'));
    await fill(user, within(dialog).getByLabelText('Email'), 'admin@example.com');
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));

    expect(await within(dialog).findByText(/already exists/)).toBeTruthy();
  });

  it('asks before deleting, then deletes', async () => {
    const api = standardApi({
      'DELETE /api/v1/security/users/2': () => ({ body: { message: 'OK' } }),
    });
    renderApp('/users/list/', bootstrap);
    const user = userEvent.setup({
      delay: null,
      pointerEventsCheck: PointerEventsCheckLevel.Never,
    });
    await user.click(within(await rowOf('ada')).getByRole('button', { name: 'Delete ada' }));
    const confirm = await dialogTitled('Delete ada?');
    expect(api.calls()).not.toContain('DELETE /api/v1/security/users/2');

    await user.click(within(confirm).getByRole('button', { name: 'Delete' }));

    await waitFor(() => expect(api.calls()).toContain('DELETE /api/v1/security/users/2'));
    const request = api.requests.find((r) => r.method === 'DELETE');
    expect(request?.headers.get('X-CSRFToken')).toBe('csrf-1');
  });

  it('deactivates after confirmation and resets a password', async () => {
    const api = standardApi({
      'PUT /api/v1/security/users/2': (request) => ({
        body: { id: 2, result: { ...ADA, ...(request.body as object) } },
      }),
    });
    renderApp('/users/list/', bootstrap);
    const user = userEvent.setup({
      delay: null,
      pointerEventsCheck: PointerEventsCheckLevel.Never,
    });

    const row = await rowOf('ada');
    await user.click(within(row).getByRole('button', { name: 'Deactivate ada' }));
    const confirm = await dialogTitled('Deactivate ada?');
    expect(within(confirm).getByText(/logged out/)).toBeTruthy();
    await user.click(within(confirm).getByRole('button', { name: 'Deactivate' }));
    await waitFor(() =>
      expect(api.requests.find((r) => r.method === 'PUT')?.body).toEqual({ active: false }),
    );

    await user.click(within(row).getByRole('button', { name: 'Reset the password of ada' }));
    const dialog = await dialogTitled('Reset the password of ada');
    await fill(user, within(dialog).getByLabelText('New password'), 'short');
    await fill(user, within(dialog).getByLabelText('Confirm new password'), 'short');
    await user.click(within(dialog).getByRole('button', { name: 'Reset password' }));
    expect(await within(dialog).findByText(/at least 8 characters/)).toBeTruthy();
    await user.clear(within(dialog).getByLabelText('New password'));
    await user.clear(within(dialog).getByLabelText('Confirm new password'));
    await fill(user, within(dialog).getByLabelText('New password'), 'long-enough-1');
    await fill(user, within(dialog).getByLabelText('Confirm new password'), 'long-enough-1');
    await user.click(within(dialog).getByRole('button', { name: 'Reset password' }));
    await waitFor(() =>
      expect(api.requests.filter((r) => r.method === 'PUT').at(-1)?.body).toEqual({
        password: 'long-enough-1',
      }),
    );
  });
});
