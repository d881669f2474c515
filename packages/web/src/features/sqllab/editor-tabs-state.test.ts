import { describe, expect, it } from 'vitest';
import {
  EMPTY_TABS_STATE,
  editorTabsReducer,
  nextUntitledLabel,
  toEditorTab,
  type EditorTabsState,
} from './editor-tabs-state';
import { buildQuery, buildTabState } from './testing/build-sqllab';

function threeTabs(activeId: number): EditorTabsState {
  return editorTabsReducer(EMPTY_TABS_STATE, {
    type: 'bootstrapped',
    tabIds: [
      [1, 'One'],
      [2, 'Two'],
      [3, 'Three'],
    ],
    active: toEditorTab(
      buildTabState({ id: activeId, label: ['One', 'Two', 'Three'][activeId - 1] }),
    ),
  });
}

describe('the editor tabs after a reload', () => {
  it('reopen every stored tab in order with the active one open and its SQL loaded', () => {
    const state = threeTabs(2);
    expect(state.order.map((tab) => tab.label)).toEqual(['One', 'Two', 'Three']);
    expect(state.activeId).toBe(2);
    expect(state.loaded[2]?.sql).toBe('SELECT 1');
    expect(state.loaded[1]).toBeUndefined();
  });

  it('open the first tab when the server names no active one', () => {
    const state = editorTabsReducer(EMPTY_TABS_STATE, {
      type: 'bootstrapped',
      tabIds: [
        [4, 'A'],
        [5, 'B'],
      ],
      active: null,
    });
    expect(state.activeId).toBe(4);
  });

  it('keep the latest run of a tab so its results can be fetched again', () => {
    const tab = toEditorTab(buildTabState({ latest_query: buildQuery({ id: 'run42' }) }));
    expect(tab.latestQueryId).toBe('run42');
  });
});

describe('changing the tabs', () => {
  it('opens a new tab at the end of the bar', () => {
    const state = editorTabsReducer(threeTabs(1), {
      type: 'added',
      tab: toEditorTab(buildTabState({ id: 9, label: 'New' })),
    });
    expect(state.order.map((tab) => tab.id)).toEqual([1, 2, 3, 9]);
    expect(state.activeId).toBe(9);
  });

  it('renames a tab in the bar and in its contents', () => {
    const state = editorTabsReducer(threeTabs(2), { type: 'renamed', id: 2, label: 'Revenue' });
    expect(state.order[1]?.label).toBe('Revenue');
    expect(state.loaded[2]?.label).toBe('Revenue');
  });

  it('opens the next tab when the open one closes, or the previous one when it was last', () => {
    const closedMiddle = editorTabsReducer(threeTabs(2), { type: 'closed', id: 2 });
    expect(closedMiddle.activeId).toBe(3);
    expect(closedMiddle.order.map((tab) => tab.id)).toEqual([1, 3]);

    const closedLast = editorTabsReducer(threeTabs(3), { type: 'closed', id: 3 });
    expect(closedLast.activeId).toBe(2);
  });

  it('keeps the open tab when another one closes', () => {
    expect(editorTabsReducer(threeTabs(1), { type: 'closed', id: 3 }).activeId).toBe(1);
  });

  it('has no open tab once the last one closes', () => {
    const one = editorTabsReducer(EMPTY_TABS_STATE, {
      type: 'added',
      tab: toEditorTab(buildTabState({ id: 1 })),
    });
    expect(editorTabsReducer(one, { type: 'closed', id: 1 }).activeId).toBeNull();
  });

  it('edits only the loaded tab it names', () => {
    const state = editorTabsReducer(threeTabs(2), {
      type: 'edited',
      id: 2,
      edit: { sql: 'SELECT 2', queryLimit: 100 },
    });
    expect(state.loaded[2]).toMatchObject({ sql: 'SELECT 2', queryLimit: 100 });
    expect(editorTabsReducer(state, { type: 'edited', id: 1, edit: { sql: 'x' } })).toBe(state);
  });
});

describe('nextUntitledLabel', () => {
  it('numbers new tabs after the untitled ones already open', () => {
    expect(nextUntitledLabel([])).toBe('Untitled Query 1');
    expect(nextUntitledLabel(['Untitled Query 1', 'Sales', 'Untitled Query 3'])).toBe(
      'Untitled Query 2',
    );
  });
});
