import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import { ConfigProvider } from 'antd';
import type { ReactNode } from 'react';
import { vi } from 'vitest';
import { supersetTheme } from '../../../../app/theme';
import type {
  DashboardDataMasks,
  FilterBarProps,
  LoadedDashboard,
} from '../../dashboard-contracts';
import { FilterBar } from '../FilterBar';

/**
 * Renders the filter bar with what the app gives it (theme, query client) and spies for its
 * callbacks; `rerender` draws it again with other applied masks.
 */
export function renderFilterBar(
  loaded: LoadedDashboard,
  applied: DashboardDataMasks = { nativeFilters: {}, crossFilters: {} },
  options: { canEdit?: boolean } = {},
) {
  const props = {
    loaded,
    canEdit: options.canEdit ?? false,
    onApply: vi.fn<FilterBarProps['onApply']>(),
    onClearCrossFilter: vi.fn<FilterBarProps['onClearCrossFilter']>(),
    onConfigurationSaved: vi.fn<FilterBarProps['onConfigurationSaved']>(),
  };
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  const wrapper = ({ children }: { children: ReactNode }) => (
    <ConfigProvider theme={supersetTheme}>
      <QueryClientProvider client={queryClient}>{children}</QueryClientProvider>
    </ConfigProvider>
  );
  const view = render(<FilterBar {...props} applied={applied} />, { wrapper });
  return {
    ...props,
    rerender: (nextApplied: DashboardDataMasks) =>
      view.rerender(<FilterBar {...props} applied={nextApplied} />),
  };
}
