import { describe, expect, it } from 'vitest';
import { combineRlsFilters } from './rls-predicates.js';

describe('combineRlsFilters', () => {
  it('ORs the filters of one group key and keeps other groups and ungrouped filters apart', () => {
    expect(
      combineRlsFilters([
        { id: 4, group_key: 'region', clause: "region = 'EU'" },
        { id: 1, group_key: 'department', clause: "dept = 'Finance'" },
        { id: 2, group_key: 'department', clause: "dept = 'Marketing'" },
        { id: 3, group_key: null, clause: 'client_id = 9' },
      ]),
    ).toEqual([
      '(client_id = 9)',
      "((dept = 'Finance') OR (dept = 'Marketing'))",
      "(region = 'EU')",
    ]);
  });

  it('gives the same predicates whatever order the filters come in', () => {
    const filters = [
      { id: 7, group_key: 'b', clause: 'b = 1' },
      { id: 3, group_key: 'a', clause: 'a = 2' },
      { id: 5, group_key: 'a', clause: 'a = 1' },
      { id: 9, group_key: null, clause: 'x = 1' },
      { id: 2, group_key: null, clause: 'y = 1' },
    ];
    const expected = ['(y = 1)', '(x = 1)', '((a = 2) OR (a = 1))', '(b = 1)'];
    expect(combineRlsFilters(filters)).toEqual(expected);
    expect(combineRlsFilters([...filters].reverse())).toEqual(expected);
  });

  it('treats an empty group key as no group, and no filter as no predicate', () => {
    expect(
      combineRlsFilters([
        { id: 1, group_key: '', clause: 'a = 1' },
        { id: 2, group_key: '', clause: 'b = 1' },
      ]),
    ).toEqual(['(a = 1)', '(b = 1)']);
    expect(combineRlsFilters([])).toEqual([]);
  });
});
