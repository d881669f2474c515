import type { Bootstrap } from '@superset-ts/shared';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { useState } from 'react';
import { RouterProvider, createBrowserRouter } from 'react-router';
import { BootstrapProvider } from '../bootstrap/BootstrapContext';
import { appRoutes } from './routes';

function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: { retry: 1, refetchOnWindowFocus: false, staleTime: 30_000 },
      mutations: { retry: false },
    },
  });
}

/** The application for a page whose bootstrap data is valid. */
export function App({ bootstrap }: { bootstrap: Bootstrap }) {
  const [queryClient] = useState(createQueryClient);
  const [router] = useState(() => createBrowserRouter(appRoutes));
  return (
    <BootstrapProvider bootstrap={bootstrap}>
      <QueryClientProvider client={queryClient}>
        <RouterProvider router={router} />
      </QueryClientProvider>
    </BootstrapProvider>
  );
}
