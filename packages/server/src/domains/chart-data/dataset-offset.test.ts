import { describe, expect, it } from 'vitest';
import { withDatasetOffset } from './dataset-offset.js';

describe('withDatasetOffset', () => {
  const frame = {
    columns: ['ds', 'n'],
    rows: [
      { ds: new Date('2024-01-01T00:00:00Z'), n: 1 },
      { ds: null, n: 2 },
    ],
  };

  it("moves the time column by the dataset's hours", () => {
    expect(withDatasetOffset(frame, 'ds', -5).rows).toEqual([
      { ds: new Date('2023-12-31T19:00:00Z'), n: 1 },
      { ds: null, n: 2 },
    ]);
  });

  it('leaves the frame alone without an offset or a time column', () => {
    expect(withDatasetOffset(frame, 'ds', 0)).toBe(frame);
    expect(withDatasetOffset(frame, null, 3)).toBe(frame);
  });
});
