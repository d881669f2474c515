import type { LayoutItem } from '@superset-ts/shared';
import type { EditableMeta } from './layout-sizing';
import styles from './DashboardEditor.module.css';

/** One styling choice of a component's actions menu, and the meta it sets. */
export interface StyleChoice {
  key: string;
  label: string;
  patch: EditableMeta;
}

const HEADER_SIZES: StyleChoice[] = [
  { key: 'SMALL_HEADER', label: 'Small header', patch: { headerSize: 'SMALL_HEADER' } },
  { key: 'MEDIUM_HEADER', label: 'Medium header', patch: { headerSize: 'MEDIUM_HEADER' } },
  { key: 'LARGE_HEADER', label: 'Large header', patch: { headerSize: 'LARGE_HEADER' } },
];

const BACKGROUNDS: StyleChoice[] = [
  {
    key: 'BACKGROUND_TRANSPARENT',
    label: 'Transparent background',
    patch: { background: 'BACKGROUND_TRANSPARENT' },
  },
  { key: 'BACKGROUND_WHITE', label: 'White background', patch: { background: 'BACKGROUND_WHITE' } },
];

/** The styling choices Superset offers for a component: header sizes, row/column backgrounds. */
export function styleChoicesOf(item: LayoutItem): StyleChoice[] {
  if (item.type === 'HEADER') return HEADER_SIZES;
  return item.type === 'ROW' || item.type === 'COLUMN' ? BACKGROUNDS : [];
}

/** The class of a row or column with a white background. */
export function backgroundClass(item: LayoutItem): string {
  return item.meta.background === 'BACKGROUND_WHITE' ? (styles.whiteBackground ?? '') : '';
}
