import type { ColumnLevels } from './data-frame.js';

/** A level given by position or by name, as pandas accepts it; -1 when there is none. */
export function levelNumber(levels: ColumnLevels, level: number | string): number {
  if (typeof level === 'number') {
    const position = level < 0 ? levels.names.length + level : level;
    return position >= 0 && position < levels.names.length ? position : -1;
  }
  return levels.names.indexOf(level);
}
