import { markerControl, markerSizeControl } from '../echarts-timeseries/controls';
import { createTimeseriesPlugin } from '../echarts-timeseries/create-timeseries-plugin';
import thumbnail from './thumbnail.svg';

/** Stepped Line (`echarts_timeseries_step`): values held until the next point, then a step. */
export const steppedLineChartPlugin = createTimeseriesPlugin({
  vizType: 'echarts_timeseries_step',
  kind: 'step',
  name: 'Stepped Line',
  description:
    'A line that keeps each value until the next point and then jumps, for values that change at discrete moments.',
  tags: ['ECharts', 'Advanced-Analytics', 'Aesthetic', 'Line', 'Time', 'Transformable', 'Stepped'],
  thumbnail,
  chartOptions: [
    [
      {
        name: 'seriesType',
        kind: 'select',
        label: 'Step type',
        default: 'start',
        clearable: false,
        renderTrigger: true,
        options: [
          { value: 'start', label: 'Start' },
          { value: 'middle', label: 'Middle' },
          { value: 'end', label: 'End' },
        ],
        description:
          'Defines whether the step should appear at the beginning, middle or end between two data points',
      },
    ],
    [markerControl],
    [{ ...markerSizeControl, visibleWhen: (formData) => Boolean(formData.markerEnabled) }],
  ],
});
