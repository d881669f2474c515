import { GRID_ID, HEADER_ID, ROOT_ID, type DashboardLayout } from '@superset-ts/shared';
import { describe, expect, it } from 'vitest';
import {
  addTab,
  deleteComponent,
  insertComponent,
  moveComponent,
  moveComponentBy,
  type LayoutChange,
} from './layout-operations';
import { chartIdsInLayout } from './layout-tree';
import { buildLayout, chartNode, node, sequentialIds, twoRowLayout } from './testing/build-layout';

const chartSpec = { type: 'CHART', chartId: 9, sliceName: 'Revenue' } as const;

function layoutOf(change: LayoutChange): DashboardLayout {
  if (!change.ok) throw new Error(`refused: ${change.reason}`);
  return change.layout;
}

function reasonOf(change: LayoutChange): string {
  if (change.ok) throw new Error('the change was accepted');
  return change.reason;
}

/** A layout with a TABS (TABS-1 > TAB-1, TAB-2) on the grid; TAB-1 holds ROW-T. */
function tabsLayout(): DashboardLayout {
  return buildLayout(
    ['TABS-1'],
    [
      node('TABS-1', 'TABS', ['TAB-1', 'TAB-2']),
      node('TAB-1', 'TAB', ['ROW-T'], { text: 'One' }),
      node('TAB-2', 'TAB', [], { text: 'Two' }),
      node('ROW-T', 'ROW', ['CHART-T']),
      chartNode('CHART-T', 3),
    ],
  );
}

describe('insertComponent', () => {
  it('wraps a chart dropped on the grid in a new row, with the default size', () => {
    const layout = layoutOf(
      insertComponent(twoRowLayout(), chartSpec, { parentId: GRID_ID, index: 1 }, sequentialIds()),
    );
    expect(layout[GRID_ID]?.children).toEqual(['ROW-1', 'ROW-new2', 'ROW-2']);
    expect(layout['ROW-new2']).toMatchObject({ type: 'ROW', children: ['CHART-new1'] });
    expect(layout['CHART-new1']).toEqual({
      id: 'CHART-new1',
      type: 'CHART',
      children: [],
      parents: [ROOT_ID, GRID_ID, 'ROW-new2'],
      meta: { chartId: 9, sliceName: 'Revenue', width: 4, height: 50 },
    });
  });

  it('puts a chart straight into a row at the drop position', () => {
    const layout = layoutOf(
      insertComponent(twoRowLayout(), chartSpec, { parentId: 'ROW-1', index: 1 }, sequentialIds()),
    );
    expect(layout['ROW-1']?.children).toEqual(['CHART-1', 'CHART-new1', 'CHART-2']);
    expect(layout['CHART-new1']?.parents).toEqual([ROOT_ID, GRID_ID, 'ROW-1']);
  });

  it('refuses a chart in a row that has no room left', () => {
    const full = layoutOf(
      insertComponent(twoRowLayout(), chartSpec, { parentId: 'ROW-1', index: 2 }),
    );
    const reason = reasonOf(insertComponent(full, chartSpec, { parentId: 'ROW-1', index: 0 }));
    expect(reason).toMatch(/0 free column/);
  });

  it('makes Superset-like ids', () => {
    const change = insertComponent(twoRowLayout(), chartSpec, { parentId: 'ROW-2', index: 1 });
    expect(change.ok && change.id).toMatch(/^CHART-[\w-]{21}$/);
  });

  it('wraps a chart dropped into a tab in a row', () => {
    const layout = layoutOf(
      insertComponent(tabsLayout(), chartSpec, { parentId: 'TAB-2', index: 0 }, sequentialIds()),
    );
    expect(layout['TAB-2']?.children).toEqual(['ROW-new2']);
    expect(layout['CHART-new1']?.parents).toEqual([
      ROOT_ID,
      GRID_ID,
      'TABS-1',
      'TAB-2',
      'ROW-new2',
    ]);
  });

  it('puts a chart into a column without a row', () => {
    const base = buildLayout(
      ['ROW-1'],
      [node('ROW-1', 'ROW', ['COLUMN-1']), node('COLUMN-1', 'COLUMN', [], { width: 6 })],
    );
    const layout = layoutOf(
      insertComponent(base, chartSpec, { parentId: 'COLUMN-1', index: 0 }, sequentialIds()),
    );
    expect(layout['COLUMN-1']?.children).toEqual(['CHART-new1']);
  });

  it('adds markdown with starter text, wrapped in a row on the grid', () => {
    const layout = layoutOf(
      insertComponent(
        twoRowLayout(),
        { type: 'MARKDOWN' },
        { parentId: GRID_ID, index: 2 },
        sequentialIds(),
      ),
    );
    expect(layout[GRID_ID]?.children[2]).toBe('ROW-new2');
    expect(layout['MARKDOWN-new1']?.meta).toMatchObject({ width: 4, height: 50 });
    expect(layout['MARKDOWN-new1']?.meta.code).toContain('Markdown');
  });

  it('adds rows, headers and dividers straight onto the grid, and a column inside a new row', () => {
    let layout = twoRowLayout();
    const ids = sequentialIds();
    for (const type of ['ROW', 'HEADER', 'DIVIDER'] as const) {
      layout = layoutOf(insertComponent(layout, { type }, { parentId: GRID_ID, index: 0 }, ids));
    }
    expect(layout[GRID_ID]?.children.slice(0, 3)).toEqual([
      'DIVIDER-new3',
      'HEADER-new2',
      'ROW-new1',
    ]);
    expect(layout['HEADER-new2']?.meta.text).toBe('New header');
    layout = layoutOf(
      insertComponent(layout, { type: 'COLUMN' }, { parentId: GRID_ID, index: 0 }, ids),
    );
    expect(layout[GRID_ID]?.children[0]).toBe('ROW-new5');
    expect(layout['ROW-new5']?.children).toEqual(['COLUMN-new4']);
  });

  it('refuses a row in a row, and a header or divider in a row', () => {
    const layout = twoRowLayout();
    for (const type of ['ROW', 'HEADER', 'DIVIDER', 'TABS'] as const) {
      expect(reasonOf(insertComponent(layout, { type }, { parentId: 'ROW-2', index: 0 }))).toMatch(
        /cannot go into a row/,
      );
    }
  });

  it('adds tabs with one tab', () => {
    const layout = layoutOf(
      insertComponent(
        twoRowLayout(),
        { type: 'TABS' },
        { parentId: GRID_ID, index: 0 },
        sequentialIds(),
      ),
    );
    expect(layout[GRID_ID]?.children[0]).toBe('TABS-new1');
    expect(layout['TABS-new1']?.children).toEqual(['TAB-new2']);
    expect(layout['TAB-new2']).toMatchObject({
      type: 'TAB',
      parents: [ROOT_ID, GRID_ID, 'TABS-new1'],
      meta: { text: 'New tab' },
    });
  });

  it('allows tabs in a tab but refuses them deeper than Superset does', () => {
    const nested = layoutOf(
      insertComponent(
        tabsLayout(),
        { type: 'TABS' },
        { parentId: 'TAB-2', index: 0 },
        sequentialIds(),
      ),
    );
    expect(nested['TAB-2']?.children).toEqual(['TABS-new1']);

    const inColumn = buildLayout(
      ['ROW-1'],
      [
        node('ROW-1', 'ROW', ['COLUMN-1']),
        node('COLUMN-1', 'COLUMN', ['TABS-C'], { width: 6 }),
        node('TABS-C', 'TABS', ['TAB-C']),
        node('TAB-C', 'TAB', [], { text: 'Deep' }),
      ],
    );
    expect(
      reasonOf(insertComponent(inColumn, { type: 'TABS' }, { parentId: 'TAB-C', index: 0 })),
    ).toMatch(/Tabs cannot go into a tab/);
    // A column inside a row inside a column is too deep too.
    expect(
      reasonOf(insertComponent(inColumn, { type: 'ROW' }, { parentId: 'TAB-C', index: 0 })),
    ).toMatch(/cannot go into a tab/);
  });

  it('turns tabs dropped on the dashboard root into top-level tabs holding the grid content', () => {
    const layout = layoutOf(
      insertComponent(
        twoRowLayout(),
        { type: 'TABS' },
        { parentId: ROOT_ID, index: 0 },
        sequentialIds(),
      ),
    );
    expect(layout[ROOT_ID]?.children).toEqual(['TABS-new2']);
    expect(layout['TAB-new1']?.children).toEqual(['ROW-1', 'ROW-2']);
    expect(layout[GRID_ID]?.children).toEqual([]);
    expect(layout['CHART-1']?.parents).toEqual([ROOT_ID, 'TABS-new2', 'TAB-new1', 'ROW-1']);
    expect(
      reasonOf(insertComponent(layout, { type: 'TABS' }, { parentId: ROOT_ID, index: 0 })),
    ).toMatch(/already has top-level tabs/);
  });

  it('refuses a drop on a component that is gone', () => {
    expect(
      reasonOf(insertComponent(twoRowLayout(), chartSpec, { parentId: 'ROW-9', index: 0 })),
    ).toMatch(/no longer on the dashboard/);
  });
});

describe('moveComponent', () => {
  it('reorders charts within a row', () => {
    const layout = layoutOf(
      moveComponent(twoRowLayout(), 'CHART-1', { parentId: 'ROW-1', index: 2 }),
    );
    expect(layout['ROW-1']?.children).toEqual(['CHART-2', 'CHART-1']);
  });

  it('refuses a move that changes nothing', () => {
    expect(
      reasonOf(moveComponent(twoRowLayout(), 'CHART-1', { parentId: 'ROW-1', index: 1 })),
    ).toMatch(/already there/);
  });

  it('moves a chart to another row and updates its parents', () => {
    const layout = layoutOf(
      moveComponent(twoRowLayout(), 'CHART-2', { parentId: 'ROW-2', index: 0 }),
    );
    expect(layout['ROW-1']?.children).toEqual(['CHART-1']);
    expect(layout['ROW-2']?.children).toEqual(['CHART-2', 'MARKDOWN-1']);
    expect(layout['CHART-2']?.parents).toEqual([ROOT_ID, GRID_ID, 'ROW-2']);
  });

  it('removes a row left empty by a move', () => {
    const layout = layoutOf(
      moveComponent(twoRowLayout(), 'MARKDOWN-1', { parentId: 'ROW-1', index: 0 }),
    );
    expect(layout[GRID_ID]?.children).toEqual(['ROW-1']);
    expect(layout['ROW-2']).toBeUndefined();
  });

  it('wraps a chart moved onto the grid in a new row, placed where it was dropped', () => {
    const base = buildLayout(
      ['ROW-A', 'ROW-B', 'ROW-C'],
      [
        node('ROW-A', 'ROW', ['CHART-X']),
        chartNode('CHART-X', 7),
        node('ROW-B', 'ROW', []),
        node('ROW-C', 'ROW', []),
      ],
    );
    const layout = layoutOf(
      moveComponent(base, 'CHART-X', { parentId: GRID_ID, index: 2 }, sequentialIds()),
    );
    expect(layout[GRID_ID]?.children).toEqual(['ROW-B', 'ROW-new1', 'ROW-C']);
    expect(layout['CHART-X']?.parents).toEqual([ROOT_ID, GRID_ID, 'ROW-new1']);
  });

  it('moves a chart into a tab', () => {
    const layout = layoutOf(
      moveComponent(tabsLayout(), 'CHART-T', { parentId: 'TAB-2', index: 0 }, sequentialIds()),
    );
    expect(layout['TAB-1']?.children).toEqual([]);
    expect(layout['TAB-2']?.children).toEqual(['ROW-new1']);
    expect(layout['CHART-T']?.parents).toEqual([ROOT_ID, GRID_ID, 'TABS-1', 'TAB-2', 'ROW-new1']);
  });

  it('moves a whole row with its charts into a tab', () => {
    const base = twoRowLayout();
    const withTabs = layoutOf(
      insertComponent(base, { type: 'TABS' }, { parentId: GRID_ID, index: 2 }, sequentialIds()),
    );
    const layout = layoutOf(moveComponent(withTabs, 'ROW-1', { parentId: 'TAB-new2', index: 0 }));
    expect(layout[GRID_ID]?.children).toEqual(['ROW-2', 'TABS-new1']);
    expect(layout['CHART-1']?.parents).toEqual([
      ROOT_ID,
      GRID_ID,
      'TABS-new1',
      'TAB-new2',
      'ROW-1',
    ]);
  });

  it('reorders tabs', () => {
    const layout = layoutOf(moveComponent(tabsLayout(), 'TAB-2', { parentId: 'TABS-1', index: 0 }));
    expect(layout['TABS-1']?.children).toEqual(['TAB-2', 'TAB-1']);
  });

  it('refuses existing tabs on the dashboard root', () => {
    expect(
      reasonOf(moveComponent(tabsLayout(), 'TABS-1', { parentId: ROOT_ID, index: 0 })),
    ).toMatch(/Only new tabs/);
  });

  it('refuses a row into a row, a component into itself, and the fixed components', () => {
    const layout = twoRowLayout();
    expect(reasonOf(moveComponent(layout, 'ROW-2', { parentId: 'ROW-1', index: 0 }))).toMatch(
      /row/,
    );
    expect(
      reasonOf(moveComponent(tabsLayout(), 'TABS-1', { parentId: 'TAB-2', index: 0 })),
    ).toMatch(/into itself/);
    for (const id of [ROOT_ID, GRID_ID, HEADER_ID]) {
      expect(reasonOf(moveComponent(layout, id, { parentId: 'ROW-1', index: 0 }))).toMatch(
        /cannot be moved/,
      );
    }
  });

  it('refuses a chart into a full row, but lets the row reorder its own charts', () => {
    const full = buildLayout(
      ['ROW-F', 'ROW-2'],
      [
        node('ROW-F', 'ROW', ['CHART-1', 'CHART-2']),
        chartNode('CHART-1', 1, 6),
        chartNode('CHART-2', 2, 6),
        node('ROW-2', 'ROW', ['CHART-3']),
        chartNode('CHART-3', 3, 2),
      ],
    );
    expect(reasonOf(moveComponent(full, 'CHART-3', { parentId: 'ROW-F', index: 0 }))).toMatch(
      /free column/,
    );
    expect(
      layoutOf(moveComponent(full, 'CHART-2', { parentId: 'ROW-F', index: 0 }))['ROW-F']?.children,
    ).toEqual(['CHART-2', 'CHART-1']);
  });
});

describe('moveComponentBy', () => {
  it('moves a component one place up or down among its siblings', () => {
    const down = layoutOf(moveComponentBy(twoRowLayout(), 'ROW-1', 1));
    expect(down[GRID_ID]?.children).toEqual(['ROW-2', 'ROW-1']);
    const left = layoutOf(moveComponentBy(twoRowLayout(), 'CHART-2', -1));
    expect(left['ROW-1']?.children).toEqual(['CHART-2', 'CHART-1']);
  });

  it('refuses to move past either end', () => {
    expect(reasonOf(moveComponentBy(twoRowLayout(), 'ROW-1', -1))).toMatch(/already first/);
    expect(reasonOf(moveComponentBy(twoRowLayout(), 'CHART-2', 1))).toMatch(/already last/);
  });
});

describe('deleteComponent', () => {
  it('removes a chart from the layout (and so from the dashboard)', () => {
    const layout = layoutOf(deleteComponent(twoRowLayout(), 'CHART-1'));
    expect(layout['CHART-1']).toBeUndefined();
    expect(layout['ROW-1']?.children).toEqual(['CHART-2']);
    expect([...chartIdsInLayout(layout)]).toEqual([2]);
  });

  it('removes a row emptied by the deletion', () => {
    const layout = layoutOf(deleteComponent(twoRowLayout(), 'MARKDOWN-1'));
    expect(layout['ROW-2']).toBeUndefined();
    expect(layout[GRID_ID]?.children).toEqual(['ROW-1']);
  });

  it('removes a row with everything in it', () => {
    const layout = layoutOf(deleteComponent(twoRowLayout(), 'ROW-1'));
    expect(Object.keys(layout).sort()).toEqual(
      [GRID_ID, HEADER_ID, 'MARKDOWN-1', ROOT_ID, 'ROW-2'].sort(),
    );
  });

  it('removes one tab, and the tabs with their last tab', () => {
    const oneLeft = layoutOf(deleteComponent(tabsLayout(), 'TAB-1'));
    expect(oneLeft['TABS-1']?.children).toEqual(['TAB-2']);
    expect(oneLeft['CHART-T']).toBeUndefined();
    const none = layoutOf(deleteComponent(oneLeft, 'TAB-2'));
    expect(none['TABS-1']).toBeUndefined();
    expect(none[GRID_ID]?.children).toEqual([]);
  });

  it('puts the content of deleted top-level tabs back into the grid', () => {
    const tabbed = layoutOf(
      insertComponent(
        twoRowLayout(),
        { type: 'TABS' },
        { parentId: ROOT_ID, index: 0 },
        sequentialIds(),
      ),
    );
    const layout = layoutOf(deleteComponent(tabbed, 'TABS-new2'));
    expect(layout[ROOT_ID]?.children).toEqual([GRID_ID]);
    expect(layout[GRID_ID]?.children).toEqual(['ROW-1', 'ROW-2']);
    expect(layout['CHART-1']?.parents).toEqual([ROOT_ID, GRID_ID, 'ROW-1']);
    expect(layout['TAB-new1']).toBeUndefined();
  });

  it('deletes the content of the last top-level tab with it', () => {
    const tabbed = layoutOf(
      insertComponent(
        twoRowLayout(),
        { type: 'TABS' },
        { parentId: ROOT_ID, index: 0 },
        sequentialIds(),
      ),
    );
    const layout = layoutOf(deleteComponent(tabbed, 'TAB-new1'));
    expect(layout[ROOT_ID]?.children).toEqual([GRID_ID]);
    expect(layout[GRID_ID]?.children).toEqual([]);
    expect(layout['CHART-1']).toBeUndefined();
  });

  it('refuses the root, grid and header', () => {
    for (const id of [ROOT_ID, GRID_ID, HEADER_ID]) {
      expect(reasonOf(deleteComponent(twoRowLayout(), id))).toMatch(/cannot be deleted/);
    }
  });
});

describe('addTab', () => {
  it('adds a tab at the end of the tabs', () => {
    const layout = layoutOf(addTab(tabsLayout(), 'TABS-1', sequentialIds()));
    expect(layout['TABS-1']?.children).toEqual(['TAB-1', 'TAB-2', 'TAB-new1']);
    expect(layout['TAB-new1']?.parents).toEqual([ROOT_ID, GRID_ID, 'TABS-1']);
  });
});
