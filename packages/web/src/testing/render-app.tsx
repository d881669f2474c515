import type { Bootstrap } from '@superset-ts/shared';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render, type RenderResult } from '@testing-library/react';
import { ConfigProvider } from 'antd';
import { RouterProvider, createMemoryRouter } from 'react-router';
import { appRoutes as routes } from '../app/routes';
import { supersetTheme } from '../app/theme';
import { BootstrapProvider } from '../bootstrap/BootstrapContext';

/**
 * Renders the real routes at `path` with the given bootstrap payload, as main.tsx does,
 * but with an in-memory history; the router is given back so a test can read the URL.
 */
export function renderApp(
  path: string,
  bootstrap: Bootstrap,
): RenderResult & { router: ReturnType<typeof createMemoryRouter> } {
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  const router = createMemoryRouter(routes, { initialEntries: [path] });
  const result = render(
    <ConfigProvider theme={supersetTheme}>
      <BootstrapProvider bootstrap={bootstrap}>
        <QueryClientProvider client={queryClient}>
          <RouterProvider router={router} />
        </QueryClientProvider>
      </BootstrapProvider>
    </ConfigProvider>,
  );
  return { ...result, router };
}
