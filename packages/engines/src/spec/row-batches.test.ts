import { describe, expect, it } from 'vitest';
import { GenericDataType } from '@superset-ts/shared';
import type { ResultColumn, RowBatch } from './client.js';
import { collectBatches, limitBatches } from './row-batches.js';

const columns: ResultColumn[] = [
  { name: 'n', type: 'INTEGER', genericType: GenericDataType.NUMERIC },
];

/** Batches of `size` rows counting up, recording whether the consumer stopped early. */
function counting(size: number, batchCount: number) {
  const state = { produced: 0, stopped: false };
  async function* batches(): AsyncGenerator<RowBatch> {
    try {
      for (let b = 0; b < batchCount; b += 1) {
        const rows = Array.from({ length: size }, () => [state.produced++]);
        yield { columns, rows };
      }
    } finally {
      state.stopped = state.produced < size * batchCount;
    }
  }
  return { batches: batches(), state };
}

describe('collectBatches', () => {
  it('cuts at the limit, says so, and stops the statement', async () => {
    const { batches, state } = counting(3, 10);
    const result = await collectBatches(batches, 4);
    expect(result).toEqual({ columns, rows: [[0], [1], [2], [3]], truncated: true });
    expect(state).toEqual({ produced: 6, stopped: true });
  });

  it('is not truncated when the rows fit the limit exactly', async () => {
    const result = await collectBatches(counting(2, 2).batches, 4);
    expect(result.truncated).toBe(false);
    expect(result.rows).toHaveLength(4);
  });
});

describe('limitBatches', () => {
  it('passes batches on until the limit, trimming the last one', async () => {
    const { batches, state } = counting(3, 10);
    const sizes: number[] = [];
    for await (const batch of limitBatches(batches, 5)) sizes.push(batch.rows.length);
    expect(sizes).toEqual([3, 2]);
    expect(state.stopped).toBe(true);
  });
});
