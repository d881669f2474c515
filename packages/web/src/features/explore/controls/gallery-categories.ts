import type { AnyChartPlugin, ChartCategory } from '../../../visualizations';
import { searchVizTypes } from '../../charts/add/viz-type-search';

/** The gallery's first category: every type. */
export const ALL_CHARTS = 'All charts';

/** A gallery category: every type, or one ChartCategory. */
export type GalleryCategory = typeof ALL_CHARTS | ChartCategory;

/** The categories some plugin belongs to, by name, with "Other" last. */
export function galleryCategories(plugins: readonly AnyChartPlugin[]): GalleryCategory[] {
  const present = [...new Set(plugins.map((plugin) => plugin.category))].sort((a, b) => {
    if (a === 'Other' || b === 'Other') return a === 'Other' ? 1 : -1;
    return a.localeCompare(b);
  });
  return [ALL_CHARTS, ...present];
}

/**
 * The types the gallery shows: those matching the search across every category (as
 * Superset's gallery searches all charts), else those of the chosen category.
 */
export function galleryPlugins(
  plugins: readonly AnyChartPlugin[],
  category: GalleryCategory,
  search: string,
): AnyChartPlugin[] {
  if (search.trim()) return searchVizTypes(plugins, search);
  return category === ALL_CHARTS
    ? [...plugins]
    : plugins.filter((plugin) => plugin.category === category);
}
