import type { Bootstrap } from '@superset-ts/shared';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render, type RenderResult } from '@testing-library/react';
import { ConfigProvider } from 'antd';
import type { ReactElement } from 'react';
import { RouterProvider, createMemoryRouter, useLocation } from 'react-router';
import { supersetTheme } from '../../../app/theme';
import { BootstrapProvider } from '../../../bootstrap/BootstrapContext';

/** Where the page navigated to, shown in place of any other page. */
function CurrentLocation() {
  const location = useLocation();
  return <output aria-label="Current location">{`${location.pathname}${location.search}`}</output>;
}

/**
 * Renders one page at `path` with the providers main.tsx sets up, in a memory router whose
 * other paths show the location they were sent to (so a test sees where the page navigated).
 */
export function renderPage(path: string, page: ReactElement, bootstrap: Bootstrap): RenderResult {
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  const router = createMemoryRouter(
    [
      { path, element: page },
      { path: '*', element: <CurrentLocation /> },
    ],
    { initialEntries: [path] },
  );
  return render(
    <ConfigProvider theme={supersetTheme}>
      <BootstrapProvider bootstrap={bootstrap}>
        <QueryClientProvider client={queryClient}>
          <RouterProvider router={router} />
        </QueryClientProvider>
      </BootstrapProvider>
    </ConfigProvider>,
  );
}
