import { describe, expect, it } from 'vitest';
import { nextTablePage, type TablePageState } from './table-change';

const state: TablePageState<'name' | 'changed_on'> = {
  sort: { column: 'changed_on', direction: 'desc' },
  pageSize: 25,
  page: 2,
};
const fallback = { column: 'changed_on', direction: 'desc' } as const;

describe('nextTablePage', () => {
  it('moves to another page when only the page changes', () => {
    expect(nextTablePage(state, { current: 4, pageSize: 25 }, {}, fallback)).toEqual({
      ...state,
      page: 3,
    });
  });

  it('starts again at the first page when the order or the page size changes', () => {
    expect(
      nextTablePage(
        state,
        { current: 4, pageSize: 25 },
        { columnKey: 'name', order: 'ascend' },
        fallback,
      ),
    ).toEqual({ sort: { column: 'name', direction: 'asc' }, pageSize: 25, page: 0 });
    expect(nextTablePage(state, { current: 4, pageSize: 50 }, {}, fallback).page).toBe(0);
  });

  it("falls back to the page's default order when the sort is cleared", () => {
    const sorted = { ...state, sort: { column: 'name', direction: 'asc' } } as const;
    expect(
      nextTablePage(sorted, { current: 1, pageSize: 25 }, { columnKey: 'name' }, fallback).sort,
    ).toEqual(fallback);
  });
});
