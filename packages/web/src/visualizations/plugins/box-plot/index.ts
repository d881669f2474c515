import { defineChartPlugin } from '../../core/chart-plugin';
import type { EchartsProps } from '../../echarts/EchartsView';
import { buildBoxPlotQuery } from './buildQuery';
import { boxPlotControlPanel } from './controlPanel';
import thumbnail from './thumbnail.svg';
import { transformBoxPlotProps } from './transformProps';
import type { BoxPlotFormData } from './types';
import { validateBoxPlot } from './validate';

/** Box Plot (`box_plot`). */
export const boxPlotPlugin = defineChartPlugin<BoxPlotFormData, EchartsProps>({
  vizType: 'box_plot',
  name: 'Box Plot',
  description:
    'Compares how a metric is spread across groups: each box spans the middle half of the values with a line at the median, whiskers reach the chosen bounds and points mark the outliers.',
  category: 'Distribution',
  tags: ['ECharts', 'Range', 'Statistical'],
  thumbnail,
  controlPanel: boxPlotControlPanel,
  validate: validateBoxPlot,
  buildQuery: buildBoxPlotQuery,
  transformProps: transformBoxPlotProps,
  loadComponent: () => import('./BoxPlotView'),
});
