/** How many objects of one kind a run created, updated and left unchanged. */
export interface KindCounts {
  created: number;
  updated: number;
  unchanged: number;
}

export const noCounts = (): KindCounts => ({ created: 0, updated: 0, unchanged: 0 });

/** "3 created, 9 unchanged", or "unchanged" when nothing changed. */
export function summaryOf(counts: KindCounts): string {
  if (counts.created === 0 && counts.updated === 0) return 'unchanged';
  return (['created', 'updated', 'unchanged'] as const)
    .filter((key) => counts[key] > 0)
    .map((key) => `${counts[key]} ${key}`)
    .join(', ');
}
