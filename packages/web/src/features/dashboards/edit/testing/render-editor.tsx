import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render, type RenderResult } from '@testing-library/react';
import { ConfigProvider } from 'antd';
import type { ReactElement } from 'react';
import { RouterProvider, createMemoryRouter } from 'react-router';
import { supersetTheme } from '../../../../app/theme';

/** The page the tests render the editor at. */
export const EDITOR_PATH = '/superset/dashboard/7/';

/**
 * Renders `element` at {@link EDITOR_PATH} with react-query and a data router (the editor
 * holds navigation while changes are unsaved); any other path shows "Another page". The
 * router is returned so a test can navigate away.
 */
export function renderWithProviders(
  element: ReactElement,
): RenderResult & { router: ReturnType<typeof createMemoryRouter> } {
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  const router = createMemoryRouter(
    [
      { path: EDITOR_PATH, element },
      { path: '*', element: <p>Another page</p> },
    ],
    { initialEntries: [EDITOR_PATH] },
  );
  const result = render(
    <ConfigProvider theme={supersetTheme}>
      <QueryClientProvider client={queryClient}>
        <RouterProvider router={router} />
      </QueryClientProvider>
    </ConfigProvider>,
  );
  return { ...result, router };
}
