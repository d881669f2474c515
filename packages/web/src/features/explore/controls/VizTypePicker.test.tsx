import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { listChartPlugins } from '../../../visualizations';
import { renderControl, setupUser } from './testing/render-control';
import { VizTypePicker } from './VizTypePicker';

function renderPicker(vizType = 'table') {
  const onChange = vi.fn();
  renderControl(<VizTypePicker vizType={vizType} onChange={onChange} />);
  return onChange;
}

async function openGallery() {
  await setupUser().click(screen.getByRole('button', { name: /View all charts/ }));
  return screen.findByRole('listbox', { name: 'Chart types' });
}

const optionNames = (grid: HTMLElement) =>
  within(grid)
    .getAllByRole('option')
    .map((option) => option.getAttribute('aria-label'));

describe('VizTypePicker', { timeout: 120_000 }, () => {
  it('shows the current type and opens the gallery on it, with every type and its details', async () => {
    renderPicker('pie');
    expect(screen.getByText('Pie Chart')).toBeTruthy();
    const grid = await openGallery();
    expect(optionNames(grid)).toHaveLength(listChartPlugins().length);
    const selected = within(grid).getByRole('option', { selected: true });
    expect(selected.getAttribute('aria-label')).toBe('Pie Chart');
    expect(within(selected).getByText('Pie Chart')).toBeTruthy();
    // The selected type's details: its category and tags.
    expect(screen.getByRole('dialog').textContent).toContain('Part of a Whole');
  });

  it('filters by category and by search across every category', async () => {
    renderPicker();
    const grid = await openGallery();
    const categories = screen.getByRole('menu', { name: 'Chart categories' });
    expect(within(categories).getAllByRole('menuitem')[0]?.textContent).toBe('All charts');

    const user = setupUser();
    await user.click(within(categories).getByRole('menuitem', { name: 'Table' }));
    const tables = listChartPlugins()
      .filter((plugin) => plugin.category === 'Table')
      .map((plugin) => plugin.name);
    await waitFor(() => expect(optionNames(grid)).toEqual(tables));

    await user.type(screen.getByRole('searchbox', { name: 'Search all charts' }), 'pie');
    await waitFor(() => expect(optionNames(screen.getByRole('listbox'))).toEqual(['Pie Chart']));

    await user.clear(screen.getByRole('searchbox', { name: 'Search all charts' }));
    await user.type(
      screen.getByRole('searchbox', { name: 'Search all charts' }),
      'nothing like it',
    );
    expect(await screen.findByText('No chart type matches')).toBeTruthy();
  });

  it('moves the selection with the arrow keys and confirms with Enter', async () => {
    const onChange = renderPicker('table');
    const grid = await openGallery();
    const names = optionNames(grid);
    const start = names.indexOf('Table');
    const selected = within(grid).getByRole('option', { selected: true });
    selected.focus();
    fireEvent.keyDown(selected, { key: 'ArrowRight' });
    const next = listChartPlugins()[start + 1]!;
    expect(within(grid).getByRole('option', { selected: true }).getAttribute('aria-label')).toBe(
      next.name,
    );
    expect(document.activeElement?.getAttribute('aria-label')).toBe(next.name);

    fireEvent.keyDown(document.activeElement!, { key: 'Enter' });
    expect(onChange).toHaveBeenCalledWith(next.vizType);
    await waitFor(() => expect(screen.queryByRole('listbox')).toBeNull());
  });

  it('selects with a click and confirms with a double click, or the search with Enter', async () => {
    const onChange = renderPicker('table');
    const user = setupUser();
    const grid = await openGallery();
    await user.click(within(grid).getByRole('option', { name: 'Pie Chart' }));
    expect(
      within(grid).getByRole('option', { name: 'Pie Chart' }).getAttribute('aria-selected'),
    ).toBe('true');
    expect(onChange).not.toHaveBeenCalled();
    await user.dblClick(within(grid).getByRole('option', { name: 'Pie Chart' }));
    expect(onChange).toHaveBeenCalledWith('pie');

    await openGallery();
    await user.type(
      screen.getByRole('searchbox', { name: 'Search all charts' }),
      'big number with{Enter}',
    );
    expect(onChange).toHaveBeenLastCalledWith('big_number');
  });
});
