/**
 * One column's display options (Superset's `ColumnConfig`, the `column_config` control, keyed
 * by column label). Every key is optional; what is not set falls back to the chart's options.
 */
export interface ColumnConfig {
  /** A d3 number format (or a named one) for the column's numbers. */
  d3NumberFormat?: string;
  /** The format of numbers between -1 and 1, when set. */
  d3SmallNumberFormat?: string;
  /** A d3 time format for a temporal column. */
  d3TimeFormat?: string;
  horizontalAlign?: 'left' | 'right' | 'center';
  /** Overrides `show_cell_bars` for the column. */
  showCellBars?: boolean;
  /** Overrides `align_pn` for the column. */
  alignPositiveNegative?: boolean;
  /** Overrides `color_pn` for the column. */
  colorPositiveNegative?: boolean;
  /** A fixed width in pixels. */
  columnWidth?: number;
  /** A header text replacing the column's label. */
  headerText?: string;
  /** `false` hides the column. */
  visible?: boolean;
}

const ALIGNMENTS = new Set(['left', 'right', 'center']);

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const textOf = (value: unknown): string | undefined =>
  typeof value === 'string' && value.trim() !== '' ? value : undefined;

const booleanOf = (value: unknown): boolean | undefined =>
  typeof value === 'boolean' ? value : undefined;

function readConfig(raw: Record<string, unknown>): ColumnConfig {
  const config: ColumnConfig = {};
  const numberFormat = textOf(raw.d3NumberFormat);
  if (numberFormat) config.d3NumberFormat = numberFormat;
  const smallNumberFormat = textOf(raw.d3SmallNumberFormat);
  if (smallNumberFormat) config.d3SmallNumberFormat = smallNumberFormat;
  const timeFormat = textOf(raw.d3TimeFormat);
  if (timeFormat) config.d3TimeFormat = timeFormat;
  if (typeof raw.horizontalAlign === 'string' && ALIGNMENTS.has(raw.horizontalAlign)) {
    config.horizontalAlign = raw.horizontalAlign as ColumnConfig['horizontalAlign'];
  }
  const showCellBars = booleanOf(raw.showCellBars);
  if (showCellBars !== undefined) config.showCellBars = showCellBars;
  const alignPn = booleanOf(raw.alignPositiveNegative);
  if (alignPn !== undefined) config.alignPositiveNegative = alignPn;
  const colorPn = booleanOf(raw.colorPositiveNegative);
  if (colorPn !== undefined) config.colorPositiveNegative = colorPn;
  if (typeof raw.columnWidth === 'number' && raw.columnWidth > 0) {
    config.columnWidth = raw.columnWidth;
  }
  const headerText = textOf(raw.headerText);
  if (headerText) config.headerText = headerText;
  if (raw.visible === false) config.visible = false;
  return config;
}

/**
 * The `column_config` form value read defensively: saved charts carry whatever an older editor
 * wrote, so unknown keys and values of the wrong type are dropped rather than trusted.
 */
export function parseColumnConfigs(value: unknown): Record<string, ColumnConfig> {
  if (!isRecord(value)) return {};
  const configs: Record<string, ColumnConfig> = {};
  for (const [column, raw] of Object.entries(value)) {
    if (isRecord(raw)) configs[column] = readConfig(raw);
  }
  return configs;
}
