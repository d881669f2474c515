import { markerControl, markerSizeControl } from '../echarts-timeseries/controls';
import { createTimeseriesPlugin } from '../echarts-timeseries/create-timeseries-plugin';
import thumbnail from './thumbnail.svg';

/** Smooth Line (`echarts_timeseries_smooth`): a line chart drawn with curves. */
export const smoothLineChartPlugin = createTimeseriesPlugin({
  vizType: 'echarts_timeseries_smooth',
  kind: 'smooth',
  name: 'Smooth Line',
  description:
    'A line chart whose lines are smoothed into curves between the points, for the overall shape of a trend.',
  tags: ['ECharts', 'Advanced-Analytics', 'Aesthetic', 'Line', 'Popular', 'Time', 'Transformable'],
  thumbnail,
  chartOptions: [
    [markerControl],
    [{ ...markerSizeControl, visibleWhen: (formData) => Boolean(formData.markerEnabled) }],
  ],
});
