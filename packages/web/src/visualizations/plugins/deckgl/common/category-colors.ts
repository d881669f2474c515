import { createColorScale } from '../../../color/color-scale';
import type { ChartFormData } from '../../../core/form-data';
import { getColumnLabel } from '../../../core/query/labels';
import { cellText } from '../../../core/query/results';
import { hexToRgba } from './colors';
import { readColumn } from './columns';
import type { LegendEntry, RGBAColor } from './types';

/** How a missing category is shown. */
export const NULL_CATEGORY = '<NULL>';

/** Colours objects by the category in their `dimension` column, remembering each for the legend. */
export interface CategoryColors {
  /** The dimension's label in the results. */
  column: string;
  /** A row's category. */
  categoryOf(row: Readonly<Record<string, unknown>>): string;
  /** A category's colour, from the colour scheme and the page's label colours. */
  colorOf(category: string): RGBAColor;
  /** Each category coloured so far, in order of first use. */
  legendEntries(): LegendEntry[];
}

/**
 * The categorical colouring of a layer with a `dimension` (Superset's categorical palette), or
 * null when the layer has no dimension or is set to one fixed colour.
 */
export function readCategoryColors(formData: ChartFormData): CategoryColors | null {
  const dimension = readColumn(formData.dimension);
  if (dimension === undefined || formData.color_scheme_type === 'fixed_color') return null;
  const column = getColumnLabel(dimension);
  const scale = createColorScale(formData.color_scheme);
  const colors = new Map<string, RGBAColor>();
  return {
    column,
    categoryOf: (row) => {
      const value = row[column];
      return value === null || value === undefined ? NULL_CATEGORY : cellText(value);
    },
    colorOf: (category) => {
      let color = colors.get(category);
      if (!color) {
        color = hexToRgba(scale(category));
        colors.set(category, color);
      }
      return color;
    },
    legendEntries: () => [...colors].map(([label, color]) => ({ label, color })),
  };
}
