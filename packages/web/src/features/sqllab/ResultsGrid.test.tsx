import { act, fireEvent, render, screen } from '@testing-library/react';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ResultsGrid } from './ResultsGrid';

const COLUMNS = ['n', 'label'];
const ROWS = Array.from({ length: 100_000 }, (_, i) => ({ n: i + 1, label: `x${i + 1}` }));

function bodyRows(): HTMLElement[] {
  return screen.getAllByRole('row').filter((row) => row.getAttribute('aria-rowindex') !== '1');
}

describe('ResultsGrid', () => {
  // jsdom lays nothing out: give every element the size a 400-pixel-high grid has in a browser.
  const sizes = { clientHeight: 400, clientWidth: 800 };
  const originals = Object.keys(sizes).map(
    (name) => [name, Object.getOwnPropertyDescriptor(Element.prototype, name)] as const,
  );
  beforeAll(() => {
    for (const [name, value] of Object.entries(sizes)) {
      Object.defineProperty(Element.prototype, name, { configurable: true, get: () => value });
    }
  });
  afterAll(() => {
    for (const [name, descriptor] of originals) {
      if (descriptor) Object.defineProperty(Element.prototype, name, descriptor);
    }
  });

  it('puts only the rows in view in the page with 100,000 rows', () => {
    render(<ResultsGrid columns={COLUMNS} rows={ROWS} initialHeight={400} />);
    const grid = screen.getByRole('grid', { name: 'Query results' });
    expect(grid.getAttribute('aria-rowcount')).toBe('100001');
    const rows = bodyRows();
    expect(rows.length).toBeGreaterThan(5);
    expect(rows.length).toBeLessThan(100);
    expect(rows[0]?.textContent).toBe('1x1');
    expect(screen.getAllByRole('columnheader').map((h) => h.textContent)).toEqual(COLUMNS);
  });

  it('shows the rows further down after scrolling, still only a few of them', () => {
    render(<ResultsGrid columns={COLUMNS} rows={ROWS} initialHeight={400} />);
    const grid = screen.getByRole('grid', { name: 'Query results' });
    act(() => {
      grid.scrollTop = 28 * 50_000;
      fireEvent.scroll(grid);
    });
    const rows = bodyRows();
    expect(rows.length).toBeLessThan(100);
    const texts = rows.map((row) => row.textContent);
    expect(texts).toContain('50001x50001');
    expect(texts).not.toContain('1x1');
  });

  it('shows NULL for missing values and JSON for nested ones', () => {
    render(
      <ResultsGrid
        columns={['a', 'b']}
        rows={[{ a: null, b: { k: [1, 2] } }]}
        initialHeight={200}
      />,
    );
    const cells = screen.getAllByRole('gridcell').map((cell) => cell.textContent);
    expect(cells).toEqual(['NULL', '{"k":[1,2]}']);
  });
});
