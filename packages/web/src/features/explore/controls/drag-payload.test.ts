import { describe, expect, it } from 'vitest';
import { DRAG_MIME_TYPES, draggedKindOf, readDragPayload, writeDragPayload } from './drag-payload';
import { buildColumn, buildMetric } from './testing/build-dataset';
import { FakeDataTransfer } from './testing/fake-data-transfer';

describe('drag payload', () => {
  it('carries a metric under its own type, with its name as plain text', () => {
    const data = new FakeDataTransfer();
    const metric = buildMetric({ metric_name: 'sum__num', expression: 'SUM(num)' });
    writeDragPayload(data, { kind: 'metric', metric });

    expect(data.types).toContain(DRAG_MIME_TYPES.metric);
    expect(data.getData('text/plain')).toBe('sum__num');
    expect(draggedKindOf(data)).toBe('metric');
    expect(readDragPayload(data)).toEqual({ kind: 'metric', metric });
  });

  it('carries a column, told apart from a metric by the type alone', () => {
    const data = new FakeDataTransfer();
    const column = buildColumn({ column_name: 'gender' });
    writeDragPayload(data, { kind: 'column', column });

    expect(draggedKindOf({ types: data.types })).toBe('column');
    expect(readDragPayload(data)).toEqual({ kind: 'column', column });
  });

  it('reads nothing from other drags or broken data', () => {
    const text = new FakeDataTransfer();
    text.setData('text/plain', 'hello');
    expect(draggedKindOf(text)).toBeUndefined();
    expect(readDragPayload(text)).toBeUndefined();

    const broken = new FakeDataTransfer();
    broken.setData(DRAG_MIME_TYPES.column, '{"column": {"name": 1}}');
    expect(readDragPayload(broken)).toBeUndefined();
    broken.setData(DRAG_MIME_TYPES.column, 'not json');
    expect(readDragPayload(broken)).toBeUndefined();
  });
});
