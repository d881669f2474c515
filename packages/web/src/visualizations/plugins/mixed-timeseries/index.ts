import { defineChartPlugin } from '../../core/chart-plugin';
import type { EchartsProps } from '../../echarts/EchartsView';
import { buildMixedTimeseriesQuery } from './buildQuery';
import { mixedTimeseriesControlPanel } from './controlPanel';
import thumbnail from './thumbnail.svg';
import { transformMixedTimeseriesProps } from './transformProps';
import type { MixedTimeseriesFormData } from './types';
import { validateMixedTimeseries } from './validate';

/** Mixed Chart (`mixed_timeseries`): two queries over one x-axis, on two y-axes. */
export const mixedTimeseriesChartPlugin = defineChartPlugin<MixedTimeseriesFormData, EchartsProps>({
  vizType: 'mixed_timeseries',
  name: 'Mixed Chart',
  description:
    'Two queries over the same x-axis in one chart, each drawn its own way (lines, bars, dots, ...) and on its own y-axis, to relate measures of different scales.',
  category: 'Evolution',
  tags: ['Advanced-Analytics', 'ECharts', 'Line', 'Multi-Variables', 'Time', 'Transformable'],
  thumbnail,
  controlPanel: mixedTimeseriesControlPanel,
  validate: validateMixedTimeseries,
  buildQuery: buildMixedTimeseriesQuery,
  transformProps: transformMixedTimeseriesProps,
  loadComponent: () => import('../../echarts/EchartsView'),
});
