import { describe, expect, it } from 'vitest';
import { FakeDataTransfer } from '../../explore/controls/testing/fake-data-transfer';
import { LAYOUT_DRAG_TYPES, isLayoutDrag, readLayoutDrag, writeLayoutDrag } from './layout-drag';

describe('layout drag payloads', () => {
  it('round-trips new components and moves', () => {
    const data = new FakeDataTransfer();
    writeLayoutDrag(
      data,
      { kind: 'new', spec: { type: 'CHART', chartId: 3, sliceName: 'Revenue' } },
      'Revenue',
    );
    expect(isLayoutDrag(data)).toBe(true);
    expect(data.getData('text/plain')).toBe('Revenue');
    expect(readLayoutDrag(data)).toEqual({
      kind: 'new',
      spec: { type: 'CHART', chartId: 3, sliceName: 'Revenue' },
    });

    const move = new FakeDataTransfer();
    writeLayoutDrag(move, { kind: 'move', id: 'CHART-1' }, 'Chart');
    expect(readLayoutDrag(move)).toEqual({ kind: 'move', id: 'CHART-1' });
  });

  it('ignores other drags and garbage', () => {
    const text = new FakeDataTransfer();
    text.setData('text/plain', 'hello');
    expect(isLayoutDrag(text)).toBe(false);
    expect(readLayoutDrag(text)).toBeUndefined();

    const bad = new FakeDataTransfer();
    bad.setData(LAYOUT_DRAG_TYPES.new, JSON.stringify({ spec: { type: 'ROOT' } }));
    expect(readLayoutDrag(bad)).toBeUndefined();
    bad.setData(LAYOUT_DRAG_TYPES.new, '{not json');
    expect(readLayoutDrag(bad)).toBeUndefined();
  });
});
