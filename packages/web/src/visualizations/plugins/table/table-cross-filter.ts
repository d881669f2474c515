import { isPointSelected, toggleCrossFilter } from '../../core/cross-filter';
import type { ChartInteraction } from '../../core/chart-plugin';
import type { TableColumn } from './types';

/** How the table's dimension cells cross-filter a dashboard. */
export interface TableCrossFilter {
  /** Whether a cell's value is the chart's selected cross-filter value. */
  isSelected: (value: unknown) => boolean;
  /** Whether some value is selected (the other dimension cells are then dimmed). */
  hasSelection: boolean;
  /** Selects a cell's value as the cross-filter, or clears it when it was selected. */
  toggle: (column: TableColumn, value: unknown, text: string) => void;
}

/** The table's cross-filtering, when the dashboard lets the chart emit cross-filters. */
export function tableCrossFilter(
  interaction: ChartInteraction | undefined,
): TableCrossFilter | undefined {
  if (!interaction?.emitCrossFilters) return undefined;
  const selected = interaction.selectedValues;
  return {
    isSelected: (value) => isPointSelected(selected, [value ?? null]),
    hasSelection: Boolean(selected && selected.length > 0),
    toggle: (column, value, text) => {
      if (column.filterColumn === undefined) return;
      toggleCrossFilter(interaction, {
        columns: [column.filterColumn],
        values: [value ?? null],
        label: text,
      });
    },
  };
}
