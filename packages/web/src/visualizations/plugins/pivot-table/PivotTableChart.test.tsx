import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { SuperChart } from '../../core/SuperChart';
import { chartDataResult } from '../../testing/chart-data-result';
import PivotTableChart from './PivotTableChart';
import { transformPivotTableProps } from './transformProps';
import type { PivotTableFormData } from './types';

const result = chartDataResult(
  ['state', 'gender', 'year', 'count'],
  [1, 1, 0, 0],
  [
    { state: 'CA', gender: 'boy', year: 2020, count: 10 },
    { state: 'CA', gender: 'girl', year: 2020, count: 20 },
    { state: 'CA', gender: 'girl', year: 2021, count: 30 },
    { state: 'NY', gender: 'boy', year: 2020, count: 5 },
  ],
);

const formData: PivotTableFormData = {
  datasource: '4__table',
  viz_type: 'pivot_table_v2',
  groupbyRows: ['state', 'gender'],
  groupbyColumns: ['year'],
  metrics: ['count'],
  rowSubTotals: true,
  colTotals: true,
  rowTotals: true,
  valueFormat: ',d',
};

/** The text of each cell of a row, headers included, as a reader reads it. */
const rowTexts = (row: HTMLElement) =>
  [...row.querySelectorAll('th, td')].map((cell) => cell.textContent);

function renderPivot(overrides: Partial<PivotTableFormData> = {}, records = result) {
  const props = transformPivotTableProps({ ...formData, ...overrides }, [records], {});
  render(<PivotTableChart width={700} height={400} props={props} />);
}

describe('PivotTableChart', () => {
  it('draws grouped headers, subtotal rows, and the totals row and column', () => {
    renderPivot();
    expect(screen.getByRole('columnheader', { name: 'count' }).getAttribute('colspan')).toBe('2');
    expect(screen.getByRole('columnheader', { name: 'Total (Sum)' })).toBeTruthy();

    const rows = screen.getAllByRole('row').filter((row) => row.closest('tbody'));
    expect(rows.map(rowTexts)).toEqual([
      ['CA', 'boy', '10', '', '10'],
      ['', 'girl', '20', '30', '50'],
      ['CA', 'Subtotal', '30', '30', '60'],
      ['NY', 'boy', '5', '', '5'],
      ['NY', 'Subtotal', '5', '', '5'],
      ['Total (Sum)', '35', '30', '65'],
    ]);
  });

  it('recomputes subtotals with another aggregate function', () => {
    renderPivot({ aggregateFunction: 'Maximum' });
    const subtotal = screen
      .getAllByRole('row')
      .find((row) => rowTexts(row)[0] === 'CA' && rowTexts(row)[1] === 'Subtotal');
    expect(subtotal && rowTexts(subtotal)).toEqual(['CA', 'Subtotal', '20', '30', '30']);
    expect(screen.getByRole('columnheader', { name: 'Total (Maximum)' })).toBeTruthy();
  });

  it('renders only the rows in view of a pivot of 20,000 records', () => {
    const records = chartDataResult(
      ['state', 'gender', 'year', 'count'],
      [1, 1, 0, 0],
      Array.from({ length: 20_000 }, (_, index) => ({
        state: `state ${Math.floor(index / 20)}`,
        gender: index % 2 === 0 ? 'boy' : 'girl',
        year: 2000 + (index % 10),
        count: index,
      })),
    );
    renderPivot({}, records);
    const bodyRows = screen.getAllByRole('row').filter((row) => row.closest('tbody'));
    expect(bodyRows.length).toBeGreaterThan(5);
    expect(bodyRows.length).toBeLessThan(50);
  });
});

describe('Pivot Table in SuperChart', () => {
  it('loads the component and draws the pivot', async () => {
    render(<SuperChart formData={formData} queriesResponse={[result]} width={700} height={400} />);
    expect(
      await screen.findByRole('columnheader', { name: 'Total (Sum)' }, { timeout: 20_000 }),
    ).toBeTruthy();
  });
});
