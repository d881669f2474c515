import type { ExploreColumn, ExploreMetric } from '../explore-dataset';

/**
 * The drag data types of dataset items, one per kind: a drop target sees only the types
 * while dragging (browsers hide the data until the drop), so the kind is in the type.
 */
export const DRAG_MIME_TYPES = {
  metric: 'application/x-superset-ts-metric+json',
  column: 'application/x-superset-ts-column+json',
} as const;

/** What is dragged from the dataset panel onto a control. */
export type DatasetDragPayload =
  { kind: 'metric'; metric: ExploreMetric } | { kind: 'column'; column: ExploreColumn };

/** The kind of dataset item a drag carries. */
export type DatasetDragKind = DatasetDragPayload['kind'];

/** The part of a `DataTransfer` the payload needs (a test can pass a plain object). */
export type DragData = Pick<DataTransfer, 'setData' | 'getData' | 'types'>;

/**
 * Puts a dataset item on a drag: its JSON under the kind's type, and its name as plain text
 * so dropping it in a text field (a SQL box) writes the name.
 */
export function writeDragPayload(data: DragData, payload: DatasetDragPayload): void {
  const json = JSON.stringify(payload);
  if (payload.kind === 'metric') {
    data.setData(DRAG_MIME_TYPES.metric, json);
    data.setData('text/plain', payload.metric.metric_name);
  } else {
    data.setData(DRAG_MIME_TYPES.column, json);
    data.setData('text/plain', payload.column.column_name);
  }
}

/** The kind of dataset item being dragged, read from the types alone; undefined for others. */
export function draggedKindOf(data: Pick<DataTransfer, 'types'>): DatasetDragKind | undefined {
  const types = Array.from(data.types);
  if (types.includes(DRAG_MIME_TYPES.metric)) return 'metric';
  if (types.includes(DRAG_MIME_TYPES.column)) return 'column';
  return undefined;
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null;

/** The dataset item of a drop, or undefined when the drop carries none (or garbage). */
export function readDragPayload(data: DragData): DatasetDragPayload | undefined {
  const kind = draggedKindOf(data);
  if (!kind) return undefined;
  const parsed = parseJson(data.getData(DRAG_MIME_TYPES[kind]));
  if (!isObject(parsed)) return undefined;
  if (kind === 'metric') {
    const { metric } = parsed;
    return isObject(metric) && typeof metric.metric_name === 'string'
      ? { kind, metric: metric as unknown as ExploreMetric }
      : undefined;
  }
  const { column } = parsed;
  return isObject(column) && typeof column.column_name === 'string'
    ? { kind, column: column as unknown as ExploreColumn }
    : undefined;
}
