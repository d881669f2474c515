import { fireEvent, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { buildBootstrap } from '../testing/build-bootstrap';
import { renderApp } from '../testing/render-app';
import { loadPage } from './full-page-navigation';

vi.mock('./full-page-navigation', () => ({ loadPage: vi.fn() }));

afterEach(() => {
  vi.mocked(loadPage).mockReset();
});

const menu = [
  { name: 'Dashboards', label: 'Dashboards', url: '/dashboard/list/' },
  {
    name: 'Data',
    label: 'Data',
    children: [{ name: 'Databases', label: 'Databases', url: '/databaseview/list/' }],
  },
  {
    name: 'Settings',
    label: 'Settings',
    children: [
      {
        name: 'Security',
        label: 'Security',
        children: [{ name: 'List Users', label: 'List Users', url: '/users/list/' }],
      },
    ],
  },
];

async function openSettings(): Promise<HTMLElement> {
  await userEvent.setup().click(screen.getByRole('button', { name: /settings/i }));
  return screen.findByRole('menu', { name: 'Settings' });
}

describe('AppShell', () => {
  it('renders the top-level menu entries it is given, in order, and no others', () => {
    renderApp('/superset/welcome/', buildBootstrap({ common: { menu } }));

    const nav = screen.getByRole('menu', { name: 'Main' });
    const labels = within(nav)
      .getAllByRole('menuitem')
      .map((item) => item.textContent);
    expect(labels).toEqual(['Dashboards', 'Data']);
    expect(within(nav).getByRole('link', { name: 'Dashboards' }).getAttribute('href')).toBe(
      '/dashboard/list/',
    );
    expect(within(nav).queryByText('Settings')).toBeNull();
  });

  it('shows no main menu when the server sends none', () => {
    renderApp('/superset/welcome/', buildBootstrap());

    expect(screen.queryByRole('menu', { name: 'Main' })).toBeNull();
  });

  it('links the brand home', () => {
    renderApp('/superset/welcome/', buildBootstrap());

    expect(screen.getByRole('link', { name: 'Superset home' }).getAttribute('href')).toBe(
      '/superset/welcome/',
    );
  });

  it('puts the Settings children, the version and Logout in the Settings dropdown', async () => {
    renderApp('/superset/welcome/', buildBootstrap({ common: { menu, version: '4.2.0' } }));

    const dropdown = await openSettings();

    expect(within(dropdown).getByText('Security')).toBeTruthy();
    expect(within(dropdown).getByRole('link', { name: 'List Users' }).getAttribute('href')).toBe(
      '/users/list/',
    );
    expect(within(dropdown).getByText('Version 4.2.0')).toBeTruthy();
    expect(within(dropdown).getByRole('link', { name: 'Logout' }).getAttribute('href')).toBe(
      '/logout/',
    );
  });

  it('shows only the user section and version when there is no Settings entry', async () => {
    renderApp('/superset/welcome/', buildBootstrap());

    const dropdown = await openSettings();

    expect(within(dropdown).queryByText('Security')).toBeNull();
    expect(within(dropdown).getByRole('link', { name: 'Logout' })).toBeTruthy();
    expect(within(dropdown).getByText('Version 0.1.0')).toBeTruthy();
  });

  it('follows a dropdown link chosen with the keyboard', async () => {
    renderApp('/superset/welcome/', buildBootstrap({ common: { menu } }));
    const user = userEvent.setup();

    screen.getByRole('button', { name: /settings/i }).focus();
    await user.keyboard('{Enter}');
    const dropdown = await screen.findByRole('menu', { name: 'Settings' });
    const listUsers = within(dropdown).getByRole('menuitem', { name: 'List Users' });
    // jsdom neither moves focus into the popup nor sets the legacy `which` that rc-menu reads,
    // as browsers do; the e2e suite covers the real keyboard path.
    fireEvent.keyDown(listUsers, { key: 'Enter', keyCode: 13, which: 13 });

    expect(loadPage).toHaveBeenCalledWith('/users/list/');
  });

  it('shows the environment tag next to the brand when configured', () => {
    renderApp(
      '/superset/welcome/',
      buildBootstrap({ common: { environment_tag: { text: 'Development', color: 'error.base' } } }),
    );

    const tag = screen.getByTestId('environment-tag');
    expect(tag.textContent).toBe('Development');
    expect(tag.className).toContain('ant-tag-error');
  });

  it('shows no environment tag when there is none', () => {
    renderApp('/superset/welcome/', buildBootstrap());

    expect(screen.queryByTestId('environment-tag')).toBeNull();
  });

  it('offers a login link instead of Settings to anonymous visitors', () => {
    renderApp('/some/unknown/page/', buildBootstrap({ user: null }));

    expect(screen.queryByRole('button', { name: /settings/i })).toBeNull();
    expect(screen.getByRole('link', { name: 'Login' }).getAttribute('href')).toBe('/login/');
  });

  it('shows the server flash messages', () => {
    renderApp(
      '/login/',
      buildBootstrap({
        user: null,
        common: { flash_messages: [{ level: 'info', message: 'You have been logged out.' }] },
      }),
    );

    expect(screen.getByText('You have been logged out.')).toBeTruthy();
  });
});
