import type { DataMask } from '@superset-ts/shared';
import { fireEvent, render, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import type { ChartInteraction } from '../../core/chart-plugin';
import { chartDataResult } from '../../testing/chart-data-result';
import TableChart from './TableChart';
import { transformTableProps } from './transformProps';

const props = transformTableProps(
  { query_mode: 'aggregate', groupby: ['state'], metrics: ['count'] },
  [
    chartDataResult(
      ['state', 'count'],
      [1, 0],
      [
        { state: 'CA', count: 100 },
        { state: 'NY', count: 200 },
      ],
    ),
  ],
  {},
);

function renderTable(selectedValues: unknown[] | null, emitCrossFilters = true) {
  const setDataMask = vi.fn<(mask: DataMask) => void>();
  const interaction: ChartInteraction = { emitCrossFilters, selectedValues, setDataMask };
  render(<TableChart width={600} height={400} props={props} interaction={interaction} />);
  return setDataMask;
}

describe('Table cross-filters', () => {
  it('filters by the value of a clicked dimension cell, not by metric cells', async () => {
    const setDataMask = renderTable(null);
    fireEvent.click(await screen.findByRole('button', { name: 'NY' }));
    expect(setDataMask).toHaveBeenCalledWith({
      extraFormData: { filters: [{ col: 'state', op: 'IN', val: ['NY'] }] },
      filterState: { value: ['NY'], label: 'NY' },
    });
    expect(screen.queryByRole('button', { name: '200' })).toBeNull();
  });

  it('shows the selected value as pressed and clears it on a second click', async () => {
    const setDataMask = renderTable(['CA']);
    const ca = await screen.findByRole('button', { name: 'CA' });
    expect(ca.getAttribute('aria-pressed')).toBe('true');
    expect(screen.getByRole('button', { name: 'NY' }).getAttribute('aria-pressed')).toBe('false');
    fireEvent.click(ca);
    expect(setDataMask).toHaveBeenCalledWith({
      extraFormData: { filters: [] },
      filterState: { value: null },
    });
  });

  it('keeps plain cells when the dashboard does not take cross-filters', async () => {
    renderTable(null, false);
    expect(await screen.findByRole('cell', { name: 'CA' })).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'CA' })).toBeNull();
  });
});
