import type { NewComponentSpec } from './new-components';

/**
 * What is dragged in the editor: a new component from the side panel, or a component of the
 * layout being moved. Each kind has its own data type (the Explore drag pattern), so a drop
 * target can tell editor drags from anything else dragged over the page.
 */
export const LAYOUT_DRAG_TYPES = {
  new: 'application/x-superset-ts-dashboard-new+json',
  move: 'application/x-superset-ts-dashboard-move+json',
} as const;

/** The payload of an editor drag. */
export type LayoutDragPayload =
  { kind: 'new'; spec: NewComponentSpec } | { kind: 'move'; id: string };

/** The part of a `DataTransfer` the payload needs. */
export type DragData = Pick<DataTransfer, 'setData' | 'getData' | 'types'>;

/** Puts an editor drag on a `DataTransfer` (with a plain-text label for other drop targets). */
export function writeLayoutDrag(data: DragData, payload: LayoutDragPayload, label: string): void {
  data.setData(LAYOUT_DRAG_TYPES[payload.kind], JSON.stringify(payload));
  data.setData('text/plain', label);
}

/** Whether a drag carries an editor payload (readable from the types during the drag). */
export function isLayoutDrag(data: Pick<DataTransfer, 'types'>): boolean {
  const types = Array.from(data.types);
  return types.includes(LAYOUT_DRAG_TYPES.new) || types.includes(LAYOUT_DRAG_TYPES.move);
}

const NEW_TYPES = new Set<string>(['MARKDOWN', 'ROW', 'COLUMN', 'TABS', 'HEADER', 'DIVIDER']);

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

function isSpec(value: unknown): value is NewComponentSpec {
  if (typeof value !== 'object' || value === null) return false;
  const { type, chartId, sliceName } = value as Record<string, unknown>;
  if (type === 'CHART') {
    return (
      typeof chartId === 'number' && Number.isInteger(chartId) && typeof sliceName === 'string'
    );
  }
  return typeof type === 'string' && NEW_TYPES.has(type);
}

/** The editor payload of a drop, or undefined when it carries none (or garbage). */
export function readLayoutDrag(data: DragData): LayoutDragPayload | undefined {
  const moved = parseJson(data.getData(LAYOUT_DRAG_TYPES.move)) as { id?: unknown } | undefined;
  if (typeof moved?.id === 'string' && moved.id) return { kind: 'move', id: moved.id };
  const added = parseJson(data.getData(LAYOUT_DRAG_TYPES.new)) as { spec?: unknown } | undefined;
  return isSpec(added?.spec) ? { kind: 'new', spec: added.spec } : undefined;
}
