import type { ApplicableRlsFilter } from './row-level-security.record.js';

/** Code-unit order, the same whatever the server's locale. */
function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * The predicates to AND into a query from the filters that apply to it, as Superset combines
 * them: a filter without a group key is a predicate of its own; filters sharing a group key
 * are ORed into one. Each clause is wrapped in parentheses. The order is stable (by group
 * key, ungrouped first, then by id) so that cache keys built from it are too.
 */
export function combineRlsFilters(filters: readonly ApplicableRlsFilter[]): string[] {
  const sorted = [...filters].sort(
    (a, b) => compareText(a.group_key ?? '', b.group_key ?? '') || a.id - b.id,
  );
  const predicates: string[] = [];
  const groups = new Map<string, string[]>();
  for (const filter of sorted) {
    const clause = `(${filter.clause})`;
    if (!filter.group_key) {
      predicates.push(clause);
      continue;
    }
    const group = groups.get(filter.group_key);
    if (group) group.push(clause);
    else groups.set(filter.group_key, [clause]);
  }
  for (const clauses of groups.values()) {
    predicates.push(clauses.length === 1 ? (clauses[0] ?? '') : `(${clauses.join(' OR ')})`);
  }
  return predicates;
}
