import { describe, expect, it } from 'vitest';
import { applyPostProcessing } from './apply-post-processing.js';
import { columnOf, frameOf } from './test-frames.js';

const frame = frameOf([
  { a: 2, b: 'x', c: true },
  { a: null, b: 'y', c: false },
  { a: 1, b: 'z', c: true },
  { a: 2, b: 'w', c: false },
]);

describe('sort', () => {
  it('sorts by columns with missing values last, ties kept in order', () => {
    const result = applyPostProcessing(frame, [
      { operation: 'sort', options: { by: 'a', ascending: false } },
    ]);
    expect(columnOf(result, 'b')).toEqual(['x', 'w', 'z', 'y']);
    const legacy = applyPostProcessing(frame, [
      { operation: 'sort', options: { columns: { a: true, b: true } } },
    ]);
    expect(columnOf(legacy, 'b')).toEqual(['z', 'w', 'x', 'y']);
  });

  it('refuses a sort with neither by nor is_sort_index', () => {
    expect(() => applyPostProcessing(frame, [{ operation: 'sort' }])).toThrow(/"by"/);
  });
});

describe('select and rename', () => {
  it('select keeps, orders, excludes and renames', () => {
    const result = applyPostProcessing(frame, [
      {
        operation: 'select',
        options: { columns: ['c', 'a', 'b'], exclude: ['b'], rename: { a: 'A' } },
      },
    ]);
    expect(result.columns).toEqual(['c', 'A']);
    expect(result.rows[0]).toEqual({ c: true, A: 2 });
  });

  it('rename renames columns and refuses unknown ones or a clash', () => {
    const result = applyPostProcessing(frame, [
      { operation: 'rename', options: { columns: { a: 'amount' } } },
    ]);
    expect(result.columns).toEqual(['amount', 'b', 'c']);
    expect(() =>
      applyPostProcessing(frame, [{ operation: 'rename', options: { columns: { q: 'r' } } }]),
    ).toThrow(/"q"/);
    expect(() =>
      applyPostProcessing(frame, [{ operation: 'rename', options: { columns: { a: 'b' } } }]),
    ).toThrow(/already/);
  });
});

describe('the pipeline', () => {
  it('refuses unknown operations and prophet by name', () => {
    expect(() => applyPostProcessing(frame, [{ operation: 'explode' }])).toThrow(
      /"explode": unknown operation/,
    );
    expect(() => applyPostProcessing(frame, [{ operation: 'prophet', options: {} }])).toThrow(
      /prophet.*not available/,
    );
  });

  it('names the option that does not fit', () => {
    expect(() =>
      applyPostProcessing(frame, [{ operation: 'cum', options: { operator: 1 } }]),
    ).toThrow(/Post-processing "cum": option "operator"/);
  });

  it('passes a frame through unchanged with no steps', () => {
    expect(applyPostProcessing(frame, [])).toEqual(frame);
  });
});
