import { defineChartPlugin } from '../../core/chart-plugin';
import type { EchartsProps } from '../../echarts/EchartsView';
import { buildHistogramQuery } from './buildQuery';
import { histogramControlPanel } from './controlPanel';
import thumbnail from './thumbnail.svg';
import { transformHistogramProps } from './transformProps';
import type { HistogramFormData } from './types';
import { validateHistogram } from './validate';

/** Histogram (`histogram_v2`). */
export const histogramPlugin = defineChartPlugin<HistogramFormData, EchartsProps>({
  vizType: 'histogram_v2',
  name: 'Histogram',
  description:
    "Shows the shape of a numeric column's values: the range is cut into equal bins and each bar counts the values falling into its bin, revealing clusters, skew and outliers.",
  category: 'Distribution',
  tags: ['Comparison', 'ECharts', 'Pattern', 'Range'],
  thumbnail,
  controlPanel: histogramControlPanel,
  validate: validateHistogram,
  buildQuery: buildHistogramQuery,
  transformProps: transformHistogramProps,
  loadComponent: () => import('./HistogramView'),
});
