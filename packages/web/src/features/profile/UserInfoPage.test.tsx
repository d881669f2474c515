import { configure, screen, waitFor, within } from '@testing-library/react';
import userEvent, { PointerEventsCheckLevel } from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { buildBootstrap } from '../../testing/build-bootstrap';
import { renderApp } from '../../testing/render-app';
import { mockApi } from '../users/testing/mock-api';

configure({ asyncUtilTimeout: 10_000, defaultHidden: true });

const PROFILE = {
  username: 'grace',
  firstName: 'Grace',
  lastName: 'Hopper',
  userId: 5,
  isActive: true,
  isAnonymous: false,
  email: 'grace@example.com',
  createdOn: '2024-01-01T00:00:00.000Z',
  loginCount: 12,
  lastLogin: '2024-05-01T10:00:00.000Z',
  roles: {
    Gamma: [
      ['can_read', 'Dashboard'],
      ['can_read', 'Chart'],
    ],
    sql_lab: [['can_read', 'SQLLab']],
  },
  permissions: {},
};

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('UserInfoPage', { timeout: 60_000 }, () => {
  it("shows the user's name, email, roles and logins", async () => {
    mockApi({ 'GET /api/v1/me/roles/': () => ({ body: { result: PROFILE } }) });
    renderApp('/user_info/', buildBootstrap());

    expect(await screen.findByRole('heading', { name: 'Grace Hopper' })).toBeTruthy();
    expect(screen.getAllByText('grace@example.com').length).toBeGreaterThan(0);
    expect(screen.getByText('Gamma')).toBeTruthy();
    expect(screen.getByText(/2 permissions/)).toBeTruthy();
    expect(screen.getByText('sql_lab')).toBeTruthy();
    expect(screen.getByText('12')).toBeTruthy();
    expect(screen.getByText('Last login')).toBeTruthy();
    expect(document.title).toBe('User info | Superset');
  });

  it('changes the password with the current one', async () => {
    const api = mockApi({
      'GET /api/v1/me/roles/': () => ({ body: { result: PROFILE } }),
      'PUT /api/v1/me/password': () => ({ body: { message: 'OK' } }),
    });
    renderApp('/user_info/', buildBootstrap());
    const user = userEvent.setup({
      delay: null,
      pointerEventsCheck: PointerEventsCheckLevel.Never,
    });

    await user.click(await screen.findByRole('button', { name: 'Change password' }));
    const dialog = (
      await screen.findAllByText('Change your password', { selector: '.ant-modal-title' })
    )[0]?.closest('[role="dialog"]') as HTMLElement;
    for (const [label, value] of [
      ['Current password', 'old-password'],
      ['New password', 'new-password-1'],
      ['Confirm new password', 'new-password-1'],
    ] as const) {
      await user.click(within(dialog).getByLabelText(label));
      await user.paste(value);
    }
    await user.click(within(dialog).getByRole('button', { name: 'Change password' }));

    await waitFor(() => expect(api.calls()).toContain('PUT /api/v1/me/password'));
    expect(api.requests.find((r) => r.method === 'PUT')?.body).toEqual({
      current_password: 'old-password',
      new_password: 'new-password-1',
      confirm_password: 'new-password-1',
    });
  });

  it('links to itself from the user section of the Settings menu', async () => {
    mockApi({ 'GET /api/v1/me/roles/': () => ({ body: { result: PROFILE } }) });
    renderApp('/superset/welcome/', buildBootstrap());
    await userEvent.setup({ delay: null }).click(screen.getByRole('button', { name: /settings/i }));
    const menu = await screen.findByRole('menu', { name: 'Settings' });
    expect(within(menu).getByRole('link', { name: 'Info' }).getAttribute('href')).toBe(
      '/user_info/',
    );
  });
});
