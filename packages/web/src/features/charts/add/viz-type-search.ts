import type { AnyChartPlugin } from '../../../visualizations';

/**
 * The plugins matching what the user typed: every word must appear in the name, the viz type
 * key, a tag or the category (case-insensitive), so "bar time" finds the time-series bar chart.
 */
export function searchVizTypes(plugins: readonly AnyChartPlugin[], text: string): AnyChartPlugin[] {
  const words = text.toLowerCase().split(/\s+/).filter(Boolean);
  if (words.length === 0) return [...plugins];
  return plugins.filter((plugin) => {
    const haystack = [plugin.name, plugin.vizType, plugin.category, ...plugin.tags]
      .join(' ')
      .toLowerCase();
    return words.every((word) => haystack.includes(word));
  });
}
