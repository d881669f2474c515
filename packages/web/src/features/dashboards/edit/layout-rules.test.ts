import { GRID_ID, ROOT_ID } from '@superset-ts/shared';
import { describe, expect, it } from 'vitest';
import { depthOf, isValidChild } from './layout-rules';
import { buildLayout, chartNode, node } from './testing/build-layout';

describe('depthOf', () => {
  it('counts rows and columns but not tabs, as Superset does', () => {
    const layout = buildLayout(
      ['TABS-1'],
      [
        node('TABS-1', 'TABS', ['TAB-1']),
        node('TAB-1', 'TAB', ['ROW-1']),
        node('ROW-1', 'ROW', ['COLUMN-1']),
        node('COLUMN-1', 'COLUMN', ['CHART-1']),
        chartNode('CHART-1', 1),
      ],
    );
    expect(
      [ROOT_ID, GRID_ID, 'TABS-1', 'TAB-1', 'ROW-1', 'COLUMN-1', 'CHART-1'].map((id) =>
        depthOf(layout, id),
      ),
    ).toEqual([0, 1, 2, 2, 2, 3, 4]);
  });

  it('puts the content of top-level tabs one level below the tab', () => {
    const layout = buildLayout(
      [],
      [node('TABS-T', 'TABS', ['TAB-T']), node('TAB-T', 'TAB', ['ROW-1']), node('ROW-1', 'ROW')],
    );
    layout[ROOT_ID] = { ...layout[ROOT_ID]!, children: ['TABS-T'] };
    expect(['TABS-T', 'TAB-T', 'ROW-1'].map((id) => depthOf(layout, id))).toEqual([1, 1, 2]);
    expect(depthOf(layout, GRID_ID)).toBe(-1);
  });
});

describe('isValidChild', () => {
  it('follows the parent type and depth', () => {
    expect(isValidChild('ROW', 'CHART', 4)).toBe(true);
    expect(isValidChild('ROW', 'CHART', 5)).toBe(false);
    expect(isValidChild('ROW', 'ROW', 2)).toBe(false);
    expect(isValidChild('COLUMN', 'ROW', 3)).toBe(true);
    expect(isValidChild('COLUMN', 'ROW', 4)).toBe(false);
    expect(isValidChild('CHART', 'MARKDOWN', 1)).toBe(false);
  });
});
