import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { chartNode, layoutOf, node, twoTabLayout } from '../testing/dashboard-fixtures';
import type { LayoutRenderer } from './layout-renderer';
import { LayoutNode } from './LayoutNode';
import { chooseTab } from './tab-state';

function Layout({
  layout,
  renderChart = (chartId) => <span>chart {chartId}</span>,
}: {
  layout: LayoutRenderer['layout'];
  renderChart?: LayoutRenderer['renderChart'];
}) {
  const [activeTabs, setActiveTabs] = useState<readonly string[]>([]);
  const renderer: LayoutRenderer = {
    layout,
    renderChart,
    activeTabs,
    onChooseTab: (tabsId, tabId) => setActiveTabs(chooseTab(layout, activeTabs, tabsId, tabId)),
  };
  return <LayoutNode id="ROOT_ID" renderer={renderer} />;
}

function boxOf(text: string): HTMLElement {
  return screen.getByText(text).closest('[data-layout-type]') as HTMLElement;
}

describe('LayoutNode', () => {
  it('sizes charts in twelfths of their row and in 8 px units, and columns by their width', () => {
    const layout = layoutOf(
      node('ROOT_ID', 'ROOT', ['GRID_ID']),
      node('GRID_ID', 'GRID', ['ROW-1']),
      node('ROW-1', 'ROW', ['CHART-1', 'COLUMN-1']),
      chartNode(1, { width: 4, height: 50 }),
      node('COLUMN-1', 'COLUMN', ['CHART-2', 'CHART-3'], { width: 8 }),
      chartNode(2, { width: 8, height: 30 }),
      chartNode(3, { width: 4, height: 20 }),
    );
    render(<Layout layout={layout} />);

    expect(boxOf('chart 1').style.width).toBe('33.3333%');
    expect(boxOf('chart 1').style.height).toBe('400px');
    const column = boxOf('chart 2').parentElement as HTMLElement;
    expect(column.dataset.layoutType).toBe('COLUMN');
    expect(column.style.width).toBe('66.6667%');
    expect(boxOf('chart 2').style.width).toBe('100%');
    expect(boxOf('chart 3').style.width).toBe('50%');
    expect(boxOf('chart 3').style.height).toBe('160px');
  });

  it('draws a tab only once it is shown, and keeps it afterwards', async () => {
    const renderChart = vi.fn((chartId: number) => <span>chart {chartId}</span>);
    render(<Layout layout={twoTabLayout()} renderChart={renderChart} />);

    expect(screen.getByText('chart 1')).toBeTruthy();
    expect(screen.queryByText('chart 3')).toBeNull();
    expect(renderChart.mock.calls.map(([chartId]) => chartId)).not.toContain(3);

    await userEvent.click(screen.getByRole('tab', { name: 'People' }));
    expect(await screen.findByText('chart 3')).toBeTruthy();
    await userEvent.click(screen.getByRole('tab', { name: 'Sales' }));
    expect(screen.getByText('chart 1')).toBeTruthy();
  });

  it('draws headers, dividers and markdown', () => {
    const layout = layoutOf(
      node('ROOT_ID', 'ROOT', ['GRID_ID']),
      node('GRID_ID', 'GRID', ['HEADER-1', 'DIVIDER-1', 'ROW-1']),
      node('HEADER-1', 'HEADER', [], { text: 'Quarterly', headerSize: 'LARGE_HEADER' }),
      node('DIVIDER-1', 'DIVIDER'),
      node('ROW-1', 'ROW', ['MARKDOWN-1']),
      node('MARKDOWN-1', 'MARKDOWN', [], {
        code: '## Notes\n\n**Bold** [docs](https://example.com)',
        width: 6,
      }),
    );
    const { container } = render(<Layout layout={layout} />);

    expect(screen.getByRole('heading', { level: 2, name: 'Quarterly' })).toBeTruthy();
    expect(container.querySelector('[data-layout-type="DIVIDER"]')).not.toBeNull();
    const markdown = boxOf('Notes');
    expect(markdown.style.width).toBe('50%');
    expect(within(markdown).getByRole('heading', { name: 'Notes' })).toBeTruthy();
    expect(within(markdown).getByRole('link', { name: 'docs' }).getAttribute('href')).toBe(
      'https://example.com',
    );
  });

  it('never runs what markdown holds: no script, no event handler, no javascript: link', () => {
    const attack = [
      '<img src=x onerror=alert(1)>',
      '<script>window.hacked = true</script>',
      '[click](javascript:alert(1))',
      '<a href="javascript:alert(2)">raw</a>',
    ].join('\n\n');
    const layout = layoutOf(
      node('ROOT_ID', 'ROOT', ['ROW-1']),
      node('ROW-1', 'ROW', ['MARKDOWN-1']),
      node('MARKDOWN-1', 'MARKDOWN', [], { code: attack }),
    );
    const { container } = render(<Layout layout={layout} />);

    expect(container.querySelector('img')).toBeNull();
    expect(container.querySelector('script')).toBeNull();
    expect(container.querySelector('[onerror]')).toBeNull();
    for (const link of container.querySelectorAll('a')) {
      expect(link.getAttribute('href') ?? '').not.toMatch(/javascript:/i);
    }
    expect((window as { hacked?: boolean }).hacked).toBeUndefined();
    // Raw HTML shows as text, so the author sees what was not run.
    expect(container.textContent).toContain('<img src=x onerror=alert(1)>');
  });
});
