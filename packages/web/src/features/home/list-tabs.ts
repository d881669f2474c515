/** The tabs of the Dashboards and Charts sections, as Superset's home page has them. */
export type ListTab = 'favorite' | 'mine' | 'all';

/** The tab labels, in order. */
export const LIST_TABS: readonly { key: ListTab; label: string }[] = [
  { key: 'favorite', label: 'Favorite' },
  { key: 'mine', label: 'Mine' },
  { key: 'all', label: 'All' },
];

/** How many cards a section shows; "View all" opens the whole list. */
export const CARDS_LIMIT = 8;
