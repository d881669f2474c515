import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { buildBootstrap } from '../../testing/build-bootstrap';
import { renderApp } from '../../testing/render-app';

describe('NotFoundPage', () => {
  it('answers an unknown path with Not Found and a link home', () => {
    renderApp('/no/such/page/', buildBootstrap());

    expect(screen.getByText('Page not found')).toBeTruthy();
    expect(screen.getByText('There is no page at /no/such/page/.')).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Back to home' }).getAttribute('href')).toBe(
      '/superset/welcome/',
    );
  });
});
