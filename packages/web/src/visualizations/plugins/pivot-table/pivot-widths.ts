import type { AxisEntry } from './pivot/pivot-axis';
import type { PivotTableProps } from './types';

/** Headers and totals are bold, so a character is a little wider than in plain cells. */
const CHAR_WIDTH = 8;
const PADDING = 20;
const MIN_WIDTH = 60;
const MAX_WIDTH = 280;
/** Rows looked at to size the columns: enough to be typical, few enough to be instant. */
const SAMPLE_ROWS = 100;

const widthOf = (texts: readonly string[]) =>
  Math.min(
    MAX_WIDTH,
    Math.max(
      MIN_WIDTH,
      Math.ceil(Math.max(0, ...texts.map((t) => t.length)) * CHAR_WIDTH + PADDING),
    ),
  );

/** What heads a column entry at its last header row. */
function leafLabel(props: PivotTableProps, entry: AxisEntry): string {
  if (entry.kind === 'total') return props.totalLabel;
  if (entry.kind === 'subtotal') return 'Subtotal';
  const level = props.model.columnLevels.length - 1;
  return props.formatHeader(props.model.columnLevels[level] ?? '', entry.key[level] ?? null);
}

/** The widths of the row header columns and of the value columns, guessed from their text. */
export interface PivotWidths {
  rowHeaders: number[];
  columns: number[];
}

/**
 * Fixed column widths for the pivot, whose body rows are virtualised and so cannot size the
 * columns: each from its header and the first rows' text.
 */
export function computePivotWidths(props: PivotTableProps, rowHeaderCount: number): PivotWidths {
  const { model } = props;
  const sample = model.rows.slice(0, SAMPLE_ROWS);
  const rowHeaders = Array.from({ length: rowHeaderCount }, (_, level) => {
    // The total's label spans every row header column; a subtotal's the columns after its group.
    const texts = [
      props.rowLevelLabels[level] ?? '',
      rowHeaderCount === 1 ? props.totalLabel : level > 0 ? 'Subtotal' : '',
    ];
    for (const entry of sample) {
      if (entry.key.length > level) {
        texts.push(props.formatHeader(model.rowLevels[level] ?? '', entry.key[level] ?? null));
      }
    }
    return widthOf(texts);
  });
  const columns = model.columns.map((column) =>
    widthOf([
      leafLabel(props, column),
      ...sample.map((row) => props.formatValue(model.valueAt(row.key, column.key))),
    ]),
  );
  return { rowHeaders, columns };
}
