import type { ExploreColumn, ExploreDataset, ExploreMetric } from '../explore-dataset';

/** The metrics and columns of a dataset that match a search. */
export interface DatasetMatches {
  metrics: ExploreMetric[];
  columns: ExploreColumn[];
}

const matches = (words: readonly string[], ...names: (string | null | undefined)[]) => {
  const haystack = names.filter(Boolean).join(' ').toLowerCase();
  return words.every((word) => haystack.includes(word));
};

/**
 * The dataset's metrics and columns whose name or verbose name holds every word typed
 * (case-insensitive), in the dataset's order; everything when nothing is typed.
 */
export function searchDataset(dataset: ExploreDataset, text: string): DatasetMatches {
  const words = text.toLowerCase().split(/\s+/).filter(Boolean);
  return {
    metrics: dataset.metrics.filter((metric) =>
      matches(words, metric.metric_name, metric.verbose_name),
    ),
    columns: dataset.columns.filter((column) =>
      matches(words, column.column_name, column.verbose_name),
    ),
  };
}
