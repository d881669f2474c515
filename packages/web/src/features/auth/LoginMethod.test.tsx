import { GithubOutlined, GoogleOutlined, LoginOutlined, WindowsOutlined } from '@ant-design/icons';
import type { Bootstrap } from '@superset-ts/shared';
import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { buildBootstrap } from '../../testing/build-bootstrap';
import { renderApp } from '../../testing/render-app';
import { oauthProviderIcon } from './oauth-provider-icon';

const anonymousWith = (common: Partial<Bootstrap['common']>) =>
  buildBootstrap({ user: null, common });

describe('the login page for each AUTH_TYPE', () => {
  it('offers one sign-in link per OAuth provider, carrying next, and no password field', () => {
    renderApp(
      '/login/?next=%2Fsuperset%2Fwelcome%2F%3Ftab%3D1',
      anonymousWith({
        auth_type: 'AUTH_OAUTH',
        oauth_providers: [
          { name: 'google', icon: 'fa-google' },
          { name: 'corp sso', icon: null },
        ],
      }),
    );

    const google = screen.getByRole('link', { name: /sign in with google/i });
    expect(google.getAttribute('href')).toBe(
      '/login/google?next=%2Fsuperset%2Fwelcome%2F%3Ftab%3D1',
    );
    const corp = screen.getByRole('link', { name: /sign in with corp sso/i });
    expect(corp.getAttribute('href')).toBe(
      '/login/corp%20sso?next=%2Fsuperset%2Fwelcome%2F%3Ftab%3D1',
    );
    expect(screen.getByText('Choose how to sign in.')).toBeTruthy();
    expect(screen.queryByLabelText('Password')).toBeNull();
  });

  it('links to the provider without next when the page has none', () => {
    renderApp(
      '/login/',
      anonymousWith({
        auth_type: 'AUTH_OAUTH',
        oauth_providers: [{ name: 'github', icon: 'fa-github' }],
      }),
    );
    expect(screen.getByRole('link', { name: /sign in with github/i }).getAttribute('href')).toBe(
      '/login/github',
    );
  });

  it('says so when AUTH_OAUTH has no provider configured', () => {
    renderApp('/login/', anonymousWith({ auth_type: 'AUTH_OAUTH', oauth_providers: [] }));
    expect(screen.getByText('No sign-in provider is configured')).toBeTruthy();
    expect(screen.queryByRole('link', { name: /sign in with/i })).toBeNull();
  });

  it('shows the username and password form for LDAP, naming the directory', () => {
    renderApp('/login/', anonymousWith({ auth_type: 'AUTH_LDAP' }));
    expect(screen.getByText('Enter your directory (LDAP) username and password.')).toBeTruthy();
    expect(screen.getByLabelText('Username')).toBeTruthy();
    expect(screen.getByLabelText('Password').getAttribute('type')).toBe('password');
  });

  it('explains proxy sign-in instead of a form for AUTH_REMOTE_USER', () => {
    renderApp('/login/', anonymousWith({ auth_type: 'AUTH_REMOTE_USER' }));
    expect(screen.getByText('Sign-in is handled by your organization')).toBeTruthy();
    expect(screen.queryByLabelText('Password')).toBeNull();
  });
});

describe('oauthProviderIcon', () => {
  it.each([
    ['fa-google', GoogleOutlined],
    ['fa-github', GithubOutlined],
    ['fa-windows', WindowsOutlined],
    ['microsoft', WindowsOutlined],
    ['fa-unknown-brand', LoginOutlined],
    [null, LoginOutlined],
  ])('maps %j to an antd icon', (icon, expected) => {
    expect(oauthProviderIcon(icon)).toBe(expected);
  });
});
