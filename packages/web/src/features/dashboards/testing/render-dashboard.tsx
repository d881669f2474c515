import { PAGES, type Bootstrap } from '@superset-ts/shared';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render, type RenderResult } from '@testing-library/react';
import { ConfigProvider } from 'antd';
import { RouterProvider, createMemoryRouter, useLocation } from 'react-router';
import { supersetTheme } from '../../../app/theme';
import { BootstrapProvider } from '../../../bootstrap/BootstrapContext';
import { buildBootstrap } from '../../../testing/build-bootstrap';
import { DashboardPage } from '../DashboardPage';

function CurrentLocation() {
  const location = useLocation();
  return <output aria-label="Current location">{`${location.pathname}${location.search}`}</output>;
}

/**
 * Renders the dashboard page at `url` (`/superset/dashboard/sales/?standalone=2#TAB-B`) with
 * the providers main.tsx sets up; other paths show where the page navigated to.
 */
export function renderDashboard(
  url: string,
  bootstrap: Bootstrap = buildBootstrap(),
): RenderResult & { router: ReturnType<typeof createMemoryRouter> } {
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  const router = createMemoryRouter(
    [
      { path: PAGES.dashboard.path, element: <DashboardPage /> },
      { path: PAGES.dashboardPermalink.path, element: <DashboardPage /> },
      { path: '*', element: <CurrentLocation /> },
    ],
    { initialEntries: [url] },
  );
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
