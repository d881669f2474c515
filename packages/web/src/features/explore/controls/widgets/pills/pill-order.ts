/** The list with the item at `from` moved to `to` (the place it is dropped on). */
export function moveItem<T>(items: readonly T[], from: number, to: number): T[] {
  const moved = [...items];
  if (from < 0 || from >= moved.length || to < 0 || to >= moved.length || from === to) {
    return moved;
  }
  const [item] = moved.splice(from, 1);
  moved.splice(to, 0, item as T);
  return moved;
}

/** The drag data type of a pill being reordered within its control. */
export const PILL_MIME_TYPE = 'application/x-superset-ts-pill+json';

/** Which pill of which control is being dragged. */
export interface PillDragData {
  listId: string;
  index: number;
}

/** The pill a drop carries, or undefined when it carries none. */
export function readPillDrag(data: Pick<DataTransfer, 'getData'>): PillDragData | undefined {
  try {
    const parsed = JSON.parse(data.getData(PILL_MIME_TYPE)) as Partial<PillDragData> | null;
    return typeof parsed?.listId === 'string' && typeof parsed.index === 'number'
      ? { listId: parsed.listId, index: parsed.index }
      : undefined;
  } catch {
    return undefined;
  }
}
