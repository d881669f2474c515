import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render, screen, waitFor } from '@testing-library/react';
import userEvent, { PointerEventsCheckLevel } from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { OwnerPerson } from './owner-person';
import { OwnersSelect } from './OwnersSelect';

const SLOW = { timeout: 10_000 };

function renderSelect(
  fetchChoices: (filter: string) => Promise<{ value: number; text: string }[]>,
  initialOwners: OwnerPerson[] = [{ id: 1, first_name: 'Ada', last_name: 'Admin' }],
) {
  const onChange = vi.fn();
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  render(
    <QueryClientProvider client={queryClient}>
      <OwnersSelect
        queryKey={['test', 'owners']}
        fetchChoices={fetchChoices}
        initialOwners={initialOwners}
        value={initialOwners.map((owner) => owner.id)}
        onChange={onChange}
      />
    </QueryClientProvider>,
  );
  return onChange;
}

describe('OwnersSelect', { timeout: 30_000 }, () => {
  it('names the current owners at once, and asks the server for others only when opened', async () => {
    const fetchChoices = vi.fn(async () => [{ value: 7, text: 'Grace Hopper' }]);
    const onChange = renderSelect(fetchChoices);
    const user = userEvent.setup({
      delay: null,
      pointerEventsCheck: PointerEventsCheckLevel.Never,
    });

    expect(screen.getByText('Ada Admin')).toBeTruthy();
    expect(fetchChoices).not.toHaveBeenCalled();

    await user.click(screen.getByRole('combobox', { name: 'Owners' }));
    await user.click(await screen.findByText('Grace Hopper', {}, SLOW));
    expect(fetchChoices).toHaveBeenCalledWith('');
    expect(onChange.mock.calls.at(-1)?.[0]).toEqual([1, 7]);
  });

  it('says when the users could not be loaded and none is known yet', async () => {
    renderSelect(() => Promise.reject(new Error('down')), []);
    const user = userEvent.setup({
      delay: null,
      pointerEventsCheck: PointerEventsCheckLevel.Never,
    });

    await user.click(screen.getByRole('combobox', { name: 'Owners' }));
    await waitFor(
      () => expect(screen.getByText('The users could not be loaded')).toBeTruthy(),
      SLOW,
    );
  });
});
