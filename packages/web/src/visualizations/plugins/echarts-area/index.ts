import { markerControl, markerSizeControl, stackControl } from '../echarts-timeseries/controls';
import { createTimeseriesPlugin } from '../echarts-timeseries/create-timeseries-plugin';
import thumbnail from './thumbnail.svg';

/** Area Chart (`echarts_area`). */
export const areaChartPlugin = createTimeseriesPlugin({
  vizType: 'echarts_area',
  kind: 'area',
  name: 'Area Chart',
  description: 'Lines with the area beneath filled, stacked so the top shows the total over time.',
  tags: ['ECharts', 'Line', 'Stacked', 'Popular', 'Trend', 'Advanced-Analytics'],
  thumbnail,
  chartOptions: [
    [
      {
        name: 'opacity',
        kind: 'number',
        label: 'Area chart opacity',
        default: 0.2,
        min: 0,
        max: 1,
        step: 0.1,
        renderTrigger: true,
        description: 'Opacity of the area under the lines. Values between 0 and 1.',
      },
    ],
    [{ ...stackControl, default: true }],
    [markerControl],
    [{ ...markerSizeControl, visibleWhen: (formData) => Boolean(formData.markerEnabled) }],
  ],
});
