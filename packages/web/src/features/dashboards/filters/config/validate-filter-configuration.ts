import { DATASET_FILTER_TYPES, isNativeFilter, type FilterBarItem } from '../native-filter-items';

/** The problems of each item of a filter configuration, by item id (only items with some). */
export type FilterConfigurationErrors = Record<string, string[]>;

/** Whether following `cascadeParentIds` from `startId` comes back to it. */
function isInParentCycle(
  parentsOf: ReadonlyMap<string, readonly string[]>,
  startId: string,
): boolean {
  const seen = new Set<string>();
  const stack = [...(parentsOf.get(startId) ?? [])];
  while (stack.length > 0) {
    const id = stack.pop() as string;
    if (id === startId) return true;
    if (seen.has(id)) continue;
    seen.add(id);
    stack.push(...(parentsOf.get(id) ?? []));
  }
  return false;
}

/**
 * Checks a filter configuration before it is saved: every filter and divider has a name, a
 * filter reading a dataset has one (and a value filter a column), parents exist and no filter
 * depends on itself through its parents.
 */
export function validateFilterConfiguration(
  items: readonly FilterBarItem[],
): FilterConfigurationErrors {
  const errors: FilterConfigurationErrors = {};
  const add = (id: string, message: string) => {
    (errors[id] ??= []).push(message);
  };
  const filterIds = new Set(items.filter(isNativeFilter).map((filter) => filter.id));
  const parentsOf = new Map(
    items.filter(isNativeFilter).map((filter) => [filter.id, filter.cascadeParentIds ?? []]),
  );
  for (const item of items) {
    if (!isNativeFilter(item)) {
      if (item.title.trim() === '') add(item.id, 'Enter a title for the divider.');
      continue;
    }
    if (item.name.trim() === '') add(item.id, 'Enter a name for the filter.');
    const [target] = item.targets;
    if (DATASET_FILTER_TYPES.includes(item.filterType) && target?.datasetId === undefined) {
      add(item.id, 'Choose the dataset the filter reads.');
    }
    if (
      (item.filterType === 'filter_select' || item.filterType === 'filter_range') &&
      !target?.column?.name
    ) {
      add(item.id, 'Choose the column the filter applies to.');
    }
    if ((item.cascadeParentIds ?? []).some((parentId) => !filterIds.has(parentId))) {
      add(item.id, 'A parent filter no longer exists; remove it from the parents.');
    }
    if (isInParentCycle(parentsOf, item.id)) {
      add(item.id, 'The filter depends on itself through its parent filters; remove a parent.');
    }
  }
  return errors;
}
