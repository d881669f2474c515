import type { LayoutItem } from '@superset-ts/shared';

/** How a component is named to the user (menus, buttons, screen readers). */
export function componentLabel(item: LayoutItem): string {
  const { meta } = item;
  switch (item.type) {
    case 'CHART':
      return `Chart ${meta.sliceNameOverride ?? meta.sliceName ?? meta.chartId ?? ''}`.trim();
    case 'MARKDOWN':
      return 'Markdown';
    case 'HEADER':
      return `Header ${meta.text ?? ''}`.trim();
    case 'TAB':
      return `Tab ${meta.text ?? ''}`.trim();
    case 'ROW':
      return 'Row';
    case 'COLUMN':
      return 'Column';
    case 'TABS':
      return 'Tabs';
    case 'DIVIDER':
      return 'Divider';
    case 'ROOT':
    case 'GRID':
      return 'Dashboard';
  }
}
