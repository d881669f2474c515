import type { DragData } from '../drag-payload';

/**
 * A `DataTransfer` for drag-and-drop tests (jsdom has none): data by type, with the types
 * listed in the order they were set, as browsers do.
 */
export class FakeDataTransfer implements DragData {
  private readonly data = new Map<string, string>();
  dropEffect: DataTransfer['dropEffect'] = 'none';
  effectAllowed: DataTransfer['effectAllowed'] = 'all';

  get types(): readonly string[] {
    return [...this.data.keys()];
  }

  setData(format: string, value: string): void {
    this.data.set(format, value);
  }

  getData(format: string): string {
    return this.data.get(format) ?? '';
  }

  clearData(): void {
    this.data.clear();
  }

  setDragImage(): void {}
}
