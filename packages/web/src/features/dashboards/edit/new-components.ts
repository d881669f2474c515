import {
  GRID_DEFAULT_CHART_HEIGHT,
  GRID_DEFAULT_CHART_WIDTH,
  type LayoutComponentType,
  type LayoutItem,
} from '@superset-ts/shared';

/** What can be added to a layout from the side panel: a saved chart or a layout element. */
export type NewComponentSpec =
  | { type: 'CHART'; chartId: number; sliceName: string; uuid?: string }
  | { type: 'MARKDOWN' | 'ROW' | 'COLUMN' | 'TABS' | 'HEADER' | 'DIVIDER' };

/** The layout element types the "Layout elements" panel offers. */
export type LayoutElementType = Exclude<NewComponentSpec['type'], 'CHART'>;

/** The markdown a new MARKDOWN component starts with. */
export const DEFAULT_MARKDOWN = '# Markdown\n\nClick to edit this text.';

const NANOID_ALPHABET = 'useandom-26T198340PX75pxJACKVERYMINDBUSHWOLF_GQZbfghjklqvwyzrict';

/** A fresh id as Superset makes them: `<TYPE>-` and 21 random url-safe characters. */
export function newComponentId(type: LayoutComponentType): string {
  const bytes = crypto.getRandomValues(new Uint8Array(21));
  let suffix = '';
  for (const byte of bytes) suffix += NANOID_ALPHABET[byte & 63];
  return `${type}-${suffix}`;
}

/** Makes a component id for a type (tests pass a predictable one). */
export type IdFactory = (type: LayoutComponentType) => string;

/** A new node of the spec's kind with Superset's default meta (no children, no parents yet). */
export function buildComponent(spec: NewComponentSpec, makeId: IdFactory): LayoutItem {
  const base = { id: makeId(spec.type), children: [] as string[] };
  switch (spec.type) {
    case 'CHART':
      return {
        ...base,
        type: 'CHART',
        meta: {
          chartId: spec.chartId,
          sliceName: spec.sliceName,
          ...(spec.uuid ? { uuid: spec.uuid } : {}),
          width: GRID_DEFAULT_CHART_WIDTH,
          height: GRID_DEFAULT_CHART_HEIGHT,
        },
      };
    case 'MARKDOWN':
      return {
        ...base,
        type: 'MARKDOWN',
        meta: {
          code: DEFAULT_MARKDOWN,
          width: GRID_DEFAULT_CHART_WIDTH,
          height: GRID_DEFAULT_CHART_HEIGHT,
        },
      };
    case 'ROW':
      return { ...base, type: 'ROW', meta: { background: 'BACKGROUND_TRANSPARENT' } };
    case 'COLUMN':
      return {
        ...base,
        type: 'COLUMN',
        meta: { width: GRID_DEFAULT_CHART_WIDTH, background: 'BACKGROUND_TRANSPARENT' },
      };
    case 'TABS':
      return { ...base, type: 'TABS', meta: {} };
    case 'HEADER':
      return {
        ...base,
        type: 'HEADER',
        meta: {
          text: 'New header',
          headerSize: 'MEDIUM_HEADER',
          background: 'BACKGROUND_TRANSPARENT',
        },
      };
    case 'DIVIDER':
      return { ...base, type: 'DIVIDER', meta: {} };
  }
}

/** A new TAB titled "New tab". */
export function buildTab(makeId: IdFactory): LayoutItem {
  return {
    id: makeId('TAB'),
    type: 'TAB',
    children: [],
    meta: { text: 'New tab', defaultText: 'Tab title', placeholder: 'Tab title' },
  };
}
