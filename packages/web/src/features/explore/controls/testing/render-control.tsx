import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { configure, render, screen, waitFor, type RenderResult } from '@testing-library/react';
import userEvent, { PointerEventsCheckLevel } from '@testing-library/user-event';
import { ConfigProvider } from 'antd';
import type { ReactElement } from 'react';
import { supersetTheme } from '../../../../app/theme';

// antd's popovers and selects render slowly in jsdom; give each wait room, and skip the
// visibility checks of role queries, which dominate their cost on antd's deep trees.
configure({ asyncUtilTimeout: 10_000, defaultHidden: true });

/** Renders a control with what the app gives it: the antd theme and a query client. */
export function renderControl(element: ReactElement): RenderResult {
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  return render(
    <ConfigProvider theme={supersetTheme}>
      <QueryClientProvider client={queryClient}>{element}</QueryClientProvider>
    </ConfigProvider>,
  );
}

/** A user-event session without delays (antd's pointer-events checks fail in jsdom). */
export function setupUser() {
  return userEvent.setup({ delay: null, pointerEventsCheck: PointerEventsCheckLevel.Never });
}

/** The open dropdown's option of this title (antd titles an option with its text label). */
export async function findSelectOption(title: string): Promise<HTMLElement> {
  return waitFor(() => {
    const option = document.querySelector<HTMLElement>(
      `.ant-select-dropdown:not(.ant-select-dropdown-hidden) .ant-select-item-option[title="${title.replace(/["\\]/g, '\\$&')}"]`,
    );
    if (!option) throw new Error(`No open option titled "${title}"`);
    return option;
  });
}

/** Opens the select named `label` and clicks its option titled `title`. */
export async function chooseSelectOption(
  user: ReturnType<typeof setupUser>,
  label: string,
  title: string,
): Promise<void> {
  await user.click(screen.getByRole('combobox', { name: label }));
  await user.click(await findSelectOption(title));
}
