import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { buildBootstrap, buildUser } from '../../testing/build-bootstrap';
import { renderApp } from '../../testing/render-app';

describe('WelcomePage', () => {
  it('greets the user by first name and shows empty sections', () => {
    renderApp('/superset/welcome/', buildBootstrap({ user: buildUser({ first_name: 'Grace' }) }));

    expect(screen.getByRole('heading', { name: 'Welcome, Grace' })).toBeTruthy();
    expect(screen.getByText('No dashboards yet')).toBeTruthy();
    expect(screen.getByText('No charts yet')).toBeTruthy();
    expect(screen.getByText('No saved queries yet')).toBeTruthy();
    expect(document.title).toBe('Home | Superset');
  });

  it('asks an anonymous visitor to sign in, coming back afterwards', () => {
    renderApp('/superset/welcome/', buildBootstrap({ user: null }));

    expect(screen.queryByRole('heading', { name: /welcome/i })).toBeNull();
    expect(screen.getByRole('link', { name: /sign in/i }).getAttribute('href')).toBe(
      '/login/?next=%2Fsuperset%2Fwelcome%2F',
    );
  });
});
