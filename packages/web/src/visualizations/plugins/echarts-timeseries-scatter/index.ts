import { markerSizeControl } from '../echarts-timeseries/controls';
import { createTimeseriesPlugin } from '../echarts-timeseries/create-timeseries-plugin';
import thumbnail from './thumbnail.svg';

/** Scatter Plot (`echarts_timeseries_scatter`): the time-series points as dots, no lines. */
export const scatterChartPlugin = createTimeseriesPlugin({
  vizType: 'echarts_timeseries_scatter',
  kind: 'scatter',
  name: 'Scatter Plot',
  description:
    'Places each value as a dot along the x-axis (usually time), to show spread and outliers rather than a trend line.',
  tags: [
    'ECharts',
    'Advanced-Analytics',
    'Aesthetic',
    'Time',
    'Transformable',
    'Scatter',
    'Popular',
  ],
  thumbnail,
  chartOptions: [[markerSizeControl]],
});
