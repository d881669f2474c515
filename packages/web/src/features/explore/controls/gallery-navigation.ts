/**
 * Where an arrow key (or Home/End) moves the selection of a grid of `count` cards laid out
 * `columns` per row; undefined for other keys. Moves stop at the edges.
 */
export function nextGridIndex(
  key: string,
  index: number,
  count: number,
  columns: number,
): number | undefined {
  if (count === 0) return undefined;
  const step = Math.max(1, columns);
  const clamp = (value: number) => Math.min(count - 1, Math.max(0, value));
  switch (key) {
    case 'ArrowRight':
      return clamp(index + 1);
    case 'ArrowLeft':
      return clamp(index - 1);
    case 'ArrowDown':
      return clamp(index + step);
    case 'ArrowUp':
      return clamp(index - step);
    case 'Home':
      return 0;
    case 'End':
      return count - 1;
    default:
      return undefined;
  }
}

/** How many cards the first row of a laid-out grid holds (1 where nothing is laid out). */
export function columnsOf(grid: HTMLElement | null): number {
  const cards = grid ? Array.from(grid.children) : [];
  const first = cards[0];
  if (!(first instanceof HTMLElement)) return 1;
  const top = first.offsetTop;
  const inFirstRow = cards.filter((card) => card instanceof HTMLElement && card.offsetTop === top);
  // Without layout (jsdom, a hidden grid) every card claims the same top.
  return inFirstRow.length === cards.length ? 1 : inFirstRow.length;
}
