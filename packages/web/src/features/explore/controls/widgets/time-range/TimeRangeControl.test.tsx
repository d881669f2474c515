import { parseRison } from '@superset-ts/shared';
import { screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { SimpleControl } from '../../../../../visualizations';
import { mockApi, queryOf, type RecordedRequest } from '../../../../users/testing/mock-api';
import { chooseSelectOption, setupUser } from '../../testing/render-control';
import { renderWidget } from '../../testing/render-widget';
import { TimeRangeControl } from './TimeRangeControl';

const control: SimpleControl = { name: 'time_range', kind: 'time-range', label: 'Time range' };

afterEach(() => {
  vi.unstubAllGlobals();
});

/** The time range API: a known range evaluates, anything else is refused as Superset's is. */
function timeRangeApi() {
  return mockApi({
    'GET /api/v1/time_range/': (request: RecordedRequest) => {
      const range = parseRison(queryOf(request));
      if (range === 'Last month') {
        return {
          body: {
            result: [
              {
                since: '2024-02-15T00:00:00',
                until: '2024-03-15T00:00:00',
                timeRange: range,
                shift: null,
              },
            ],
          },
        };
      }
      if (range === 'yesterday : now') {
        return {
          body: {
            result: [{ since: '2024-03-14T00:00:00', until: '', timeRange: range, shift: null }],
          },
        };
      }
      return { status: 400, body: { message: 'Error parsing value banana', errors: [] } };
    },
  });
}

function renderTimeRange(value: unknown) {
  return renderWidget(TimeRangeControl, control, value);
}

describe('TimeRangeControl', { timeout: 120_000 }, () => {
  it('picks a Last range, showing the actual range the server reads it as', async () => {
    const api = timeRangeApi();
    const onChange = renderTimeRange('No filter');
    const user = setupUser();
    await user.click(screen.getByRole('button', { name: 'Time range: No filter' }));
    expect(await screen.findByText('No filter', { selector: '.ant-typography' })).toBeTruthy();

    await chooseSelectOption(user, 'Range type', 'Last');
    await user.click(screen.getByRole('radio', { name: 'Last month' }));
    expect(await screen.findByText('2024-02-15 ≤ col < 2024-03-15')).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Apply' }));

    expect(onChange).toHaveBeenCalledWith('Last month');
    expect(api.calls()).toContain('GET /api/v1/time_range/');
  });

  it('opens an Advanced range on its sides, and refuses one the server cannot read', async () => {
    timeRangeApi();
    const onChange = renderTimeRange('yesterday : now');
    const user = setupUser();
    await user.click(screen.getByRole('button', { name: 'Time range: yesterday : now' }));
    expect(
      (await screen.findByRole('textbox', { name: 'Advanced start' })).getAttribute('value'),
    ).toBe('yesterday');
    expect(await screen.findByText('2024-03-14 ≤ col < ∞')).toBeTruthy();

    const start = screen.getByRole('textbox', { name: 'Advanced start' });
    await user.clear(start);
    await user.click(start);
    await user.paste('banana');
    expect(await screen.findByText('Error parsing value banana')).toBeTruthy();
    await waitFor(() =>
      expect(screen.getByRole('button', { name: 'Apply' }).hasAttribute('disabled')).toBe(true),
    );

    await user.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(onChange).not.toHaveBeenCalled();
  });

  it('writes a Custom range from its fields', async () => {
    timeRangeApi();
    const onChange = renderTimeRange('2024-01-01T00:00:00 : 2024-02-01T00:00:00');
    const user = setupUser();
    await user.click(screen.getByRole('button', { name: /^Time range: 2024-01-01/ }));
    expect(await screen.findByRole('combobox', { name: 'Range type' })).toBeTruthy();
    await chooseSelectOption(user, 'END (EXCLUSIVE) type', 'Relative Date/Time');
    await chooseSelectOption(user, 'END (EXCLUSIVE) unit', 'Weeks After');
    await user.click(screen.getByRole('button', { name: 'Apply' }));
    expect(onChange).toHaveBeenCalledWith(
      '2024-01-01T00:00:00 : DATEADD(DATETIME("2024-01-01T00:00:00"), 7, week)',
    );
  });
});
