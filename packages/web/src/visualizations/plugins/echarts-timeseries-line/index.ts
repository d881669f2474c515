import { markerControl, markerSizeControl } from '../echarts-timeseries/controls';
import { createTimeseriesPlugin } from '../echarts-timeseries/create-timeseries-plugin';
import thumbnail from './thumbnail.svg';

/** Line Chart (`echarts_timeseries_line`). */
export const lineChartPlugin = createTimeseriesPlugin({
  vizType: 'echarts_timeseries_line',
  kind: 'line',
  name: 'Line Chart',
  description: 'Shows how metrics change along the x-axis (usually time), one line per series.',
  tags: ['ECharts', 'Line', 'Popular', 'Trend', 'Advanced-Analytics'],
  thumbnail,
  chartOptions: [
    [markerControl],
    [{ ...markerSizeControl, visibleWhen: (formData) => Boolean(formData.markerEnabled) }],
  ],
});
