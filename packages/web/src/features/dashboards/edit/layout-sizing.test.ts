import type { DashboardLayout } from '@superset-ts/shared';
import { describe, expect, it } from 'vitest';
import type { LayoutChange } from './layout-operations';
import { resizeComponent, sizeBoundsOf, updateComponentMeta } from './layout-sizing';
import { buildLayout, chartNode, node, twoRowLayout } from './testing/build-layout';

function layoutOf(change: LayoutChange): DashboardLayout {
  if (!change.ok) throw new Error(`refused: ${change.reason}`);
  return change.layout;
}

describe('resizeComponent', () => {
  it('resizes a chart within what its row leaves free', () => {
    const layout = layoutOf(resizeComponent(twoRowLayout(), 'CHART-1', { width: 6, height: 60 }));
    expect(layout['CHART-1']?.meta).toMatchObject({ width: 6, height: 60 });
    const capped = layoutOf(resizeComponent(twoRowLayout(), 'CHART-1', { width: 11 }));
    expect(capped['CHART-1']?.meta.width).toBe(8);
  });

  it('keeps widths at least one column and heights within the row units', () => {
    const small = layoutOf(resizeComponent(twoRowLayout(), 'MARKDOWN-1', { width: 0, height: 1 }));
    expect(small['MARKDOWN-1']?.meta).toMatchObject({ width: 1, height: 5 });
    const tall = layoutOf(resizeComponent(twoRowLayout(), 'MARKDOWN-1', { height: 500 }));
    expect(tall['MARKDOWN-1']?.meta.height).toBe(100);
  });

  it('refuses a resize that changes nothing, and components without a size', () => {
    const full = layoutOf(resizeComponent(twoRowLayout(), 'CHART-1', { width: 8 }));
    expect(resizeComponent(full, 'CHART-1', { width: 9 })).toMatchObject({ ok: false });
    expect(resizeComponent(twoRowLayout(), 'ROW-1', { width: 3 })).toMatchObject({
      ok: false,
      reason: 'This component cannot be resized.',
    });
  });

  it('lets a chart in a column change height only', () => {
    const layout = buildLayout(
      ['ROW-1'],
      [
        node('ROW-1', 'ROW', ['COLUMN-1']),
        node('COLUMN-1', 'COLUMN', ['CHART-C'], { width: 6 }),
        chartNode('CHART-C', 4),
      ],
    );
    expect(sizeBoundsOf(layout, 'CHART-C')?.canResizeWidth).toBe(false);
    const resized = layoutOf(resizeComponent(layout, 'CHART-C', { width: 2, height: 30 }));
    expect(resized['CHART-C']?.meta).toMatchObject({ width: 4, height: 30 });
    const column = layoutOf(resizeComponent(layout, 'COLUMN-1', { width: 12, height: 30 }));
    expect(column['COLUMN-1']?.meta).toEqual({ width: 12 });
  });
});

describe('updateComponentMeta', () => {
  it('changes markdown text and tab titles', () => {
    const layout = layoutOf(updateComponentMeta(twoRowLayout(), 'MARKDOWN-1', { code: '# Bye' }));
    expect(layout['MARKDOWN-1']?.meta).toMatchObject({ code: '# Bye', width: 4 });
  });

  it('refuses a change that changes nothing', () => {
    expect(updateComponentMeta(twoRowLayout(), 'MARKDOWN-1', { code: '# Hi' })).toMatchObject({
      ok: false,
    });
  });
});
