import { act, fireEvent, render, screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { SuperChart } from '../../core/SuperChart';
import { chartDataResult } from '../../testing/chart-data-result';
import type { TablePageRequest } from './page-request';
import TableChart from './TableChart';
import { transformTableProps } from './transformProps';
import type { TableFormData, TableProps } from './types';

const STATES = ['CA', 'NY', 'TX', 'WA', 'FL'];
const stateRows = STATES.map((state, index) => ({ state, count: (index + 1) * 100 }));

function tableProps(formData: Partial<TableFormData>, rows = stateRows): TableProps {
  const result = chartDataResult(['state', 'count'], [1, 0], rows);
  return transformTableProps(
    { query_mode: 'aggregate', groupby: ['state'], metrics: ['count'], ...formData },
    [result],
    {},
  );
}

const renderTable = (props: TableProps) =>
  render(<TableChart width={600} height={400} props={props} />);

/** The values of the first column, top to bottom, as the reader sees them. */
const firstColumn = () =>
  screen
    .getAllByRole('row')
    .slice(1)
    .map((row) => within(row).queryAllByRole('cell')[0]?.textContent);

describe('Table in SuperChart', () => {
  it('shows the rows with formatted cells and a summary row', async () => {
    const formData = {
      datasource: '4__table',
      viz_type: 'table',
      groupby: ['state'],
      metrics: ['count'],
      show_totals: true,
    };
    const rows = chartDataResult(
      ['state', 'count'],
      [1, 0],
      [
        { state: 'CA', count: 1500 },
        { state: 'NY', count: null },
      ],
    );
    const totals = chartDataResult(['count'], [0], [{ count: 1500 }]);
    render(
      <SuperChart formData={formData} queriesResponse={[rows, totals]} width={600} height={400} />,
    );

    const ca = await screen.findByRole('cell', { name: 'CA' }, { timeout: 20_000 });
    const caRow = ca.closest('tr') as HTMLElement;
    expect(within(caRow).getByRole('cell', { name: '1.5k' })).toBeTruthy();
    expect(screen.getByRole('cell', { name: 'N/A' })).toBeTruthy();
    expect(screen.getByText('Summary')).toBeTruthy();
  });
});

describe('TableChart', () => {
  it('sorts by a column: ascending, then descending, then back to the query order', () => {
    renderTable(tableProps({}, [...stateRows].reverse()));
    const header = screen.getByRole('columnheader', { name: 'count' });
    const sortButton = within(header).getByRole('button');
    expect(firstColumn()).toEqual(['FL', 'WA', 'TX', 'NY', 'CA']);

    fireEvent.click(sortButton);
    expect(header.getAttribute('aria-sort')).toBe('ascending');
    expect(firstColumn()).toEqual(['CA', 'NY', 'TX', 'WA', 'FL']);

    fireEvent.click(sortButton);
    expect(header.getAttribute('aria-sort')).toBe('descending');
    expect(firstColumn()).toEqual(['FL', 'WA', 'TX', 'NY', 'CA']);

    fireEvent.click(sortButton);
    expect(header.getAttribute('aria-sort')).toBe('none');
  });

  it('finds rows by the text of any cell, and says when nothing matches', async () => {
    renderTable(tableProps({ include_search: true }));
    const search = screen.getByRole('searchbox', { name: 'Search' });
    fireEvent.change(search, { target: { value: 'ny' } });
    expect(await screen.findByRole('cell', { name: 'NY' })).toBeTruthy();
    expect(firstColumn()).toEqual(['NY']);

    fireEvent.change(search, { target: { value: '300' } });
    await screen.findByRole('cell', { name: 'TX' });
    expect(firstColumn()).toEqual(['TX']);

    fireEvent.change(search, { target: { value: 'nowhere' } });
    expect(await screen.findByText('No matching records found')).toBeTruthy();
  });

  it('shows one page at a time and moves between pages', () => {
    renderTable(tableProps({ page_length: 2 }));
    expect(firstColumn()).toEqual(['CA', 'NY']);
    expect(screen.getByText('1-2 of 5')).toBeTruthy();

    fireEvent.click(screen.getByTitle('3'));
    expect(firstColumn()).toEqual(['FL']);
    expect(screen.getByText('5-5 of 5')).toBeTruthy();
  });

  it('colours the cells a conditional formatting rule matches', () => {
    renderTable(
      tableProps({
        conditional_formatting: [
          { column: 'count', operator: '≥', targetValue: 400, colorScheme: '#ff0000' },
        ],
      }),
    );
    const cellOf = (name: string) => screen.getByRole('cell', { name });
    expect(cellOf('500').style.background).toBe('rgb(255, 0, 0)');
    expect(cellOf('400').style.background).toBe('rgba(255, 0, 0, 0.05)');
    expect(cellOf('300').style.background).toBe('');
  });

  it('renders only the rows in view of a 100,000-row table', () => {
    const rows = Array.from({ length: 100_000 }, (_, index) => ({
      state: `state ${index}`,
      count: index,
    }));
    renderTable(tableProps({}, rows));
    const rendered = screen.getAllByRole('row').length;
    expect(rendered).toBeGreaterThan(5);
    expect(rendered).toBeLessThan(60);
    expect(screen.getByRole('table').getAttribute('aria-rowcount')).toBe('100001');
  });

  it('lets the reader move a column with the keyboard when rearranging is allowed', () => {
    renderTable(tableProps({ allow_rearrange_columns: true }));
    const stateHeader = screen.getByRole('columnheader', { name: 'state' });
    fireEvent.keyDown(within(stateHeader).getByRole('button'), { key: 'ArrowRight', altKey: true });
    const headers = screen.getAllByRole('columnheader').map((header) => header.textContent);
    expect(headers).toEqual(['count', 'state']);
  });
});

describe('TableChart with server pagination', () => {
  const formData: TableFormData = {
    query_mode: 'aggregate',
    groupby: ['state'],
    metrics: ['count'],
    server_pagination: true,
    server_page_length: 2,
    include_search: true,
  };
  const pageOf = (request: TablePageRequest, states: string[]): TableProps =>
    transformTableProps(
      formData,
      [
        chartDataResult(
          ['state', 'count'],
          [1, 0],
          states.map((state) => ({ state, count: 1 })),
        ),
        chartDataResult(['rowcount'], [0], [{ rowcount: 5 }]),
      ],
      {},
      request,
    );

  function renderServerTable() {
    const loadPage = vi.fn((request: TablePageRequest) =>
      Promise.resolve(pageOf(request, request.currentPage === 1 ? ['TX', 'WA'] : ['AK'])),
    );
    const first = pageOf({ currentPage: 0, pageSize: 2 }, ['CA', 'NY']);
    const props = { ...first, serverPagination: { ...first.serverPagination!, loadPage } };
    renderTable(props);
    return loadPage;
  }

  it('asks the server for the next page and shows its rows', async () => {
    const loadPage = renderServerTable();
    expect(firstColumn()).toEqual(['CA', 'NY']);
    expect(screen.getByText('1-2 of 5')).toBeTruthy();

    fireEvent.click(screen.getByTitle('2'));
    expect(await screen.findByRole('cell', { name: 'TX' }, { timeout: 5000 })).toBeTruthy();
    expect(loadPage).toHaveBeenCalledWith({ currentPage: 1, pageSize: 2 });
    expect(firstColumn()).toEqual(['TX', 'WA']);

    fireEvent.click(screen.getByTitle('1'));
    expect(firstColumn()).toEqual(['CA', 'NY']);
    expect(loadPage).toHaveBeenCalledTimes(1);
  });

  it('sorts and searches on the server, from the first page', async () => {
    vi.useFakeTimers();
    try {
      const loadPage = renderServerTable();
      const header = screen.getByRole('columnheader', { name: 'state' });
      fireEvent.click(within(header).getByRole('button'));
      expect(loadPage).toHaveBeenLastCalledWith({
        currentPage: 0,
        pageSize: 2,
        sortBy: { key: 'state', desc: false },
      });

      fireEvent.change(screen.getByRole('searchbox', { name: 'Search' }), {
        target: { value: 'a' },
      });
      await act(() => vi.advanceTimersByTimeAsync(500));
      expect(loadPage).toHaveBeenLastCalledWith({
        currentPage: 0,
        pageSize: 2,
        sortBy: { key: 'state', desc: false },
        search: { column: 'state', text: 'a' },
      });
    } finally {
      vi.useRealTimers();
    }
  });
});
