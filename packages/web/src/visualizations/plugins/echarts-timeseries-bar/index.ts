import { stackControl } from '../echarts-timeseries/controls';
import { createTimeseriesPlugin } from '../echarts-timeseries/create-timeseries-plugin';
import { orientationSection, xAxisSortRows } from './bar-controls';
import thumbnail from './thumbnail.svg';

/**
 * Bar Chart (`echarts_timeseries_bar`): bars over any x-axis column, a time axis or categories
 * (then sortable), vertical or horizontal, side by side or stacked per series.
 */
export const barChartPlugin = createTimeseriesPlugin({
  vizType: 'echarts_timeseries_bar',
  kind: 'bar',
  name: 'Bar Chart',
  description:
    'Compares metrics across categories or over time with bars, vertical or horizontal, grouped or stacked per series.',
  tags: ['ECharts', 'Bar', 'Popular', 'Vertical', 'Horizontal', 'Stacked', 'Categorical'],
  thumbnail,
  queryRows: xAxisSortRows,
  extraSections: [orientationSection],
  chartOptions: [[stackControl]],
});
