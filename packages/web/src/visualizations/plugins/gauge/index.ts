import { defineChartPlugin } from '../../core/chart-plugin';
import { validateRequiredControls } from '../../core/control-panel';
import type { EchartsProps } from '../../echarts/EchartsView';
import { buildGaugeQuery } from './buildQuery';
import { gaugeControlPanel } from './controlPanel';
import thumbnail from './thumbnail.svg';
import { transformGaugeProps } from './transformProps';
import type { GaugeFormData } from './types';

/** Gauge Chart (`gauge_chart`). */
export const gaugePlugin = defineChartPlugin<GaugeFormData, EchartsProps>({
  vizType: 'gauge_chart',
  name: 'Gauge Chart',
  description:
    "Shows a metric's progress towards a target on a dial: the pointer marks the value and the end of the axis the target.",
  category: 'KPI',
  tags: ['Multi-Variables', 'Business', 'Comparison', 'ECharts', 'Report'],
  thumbnail,
  controlPanel: gaugeControlPanel,
  validate: (formData) => validateRequiredControls(gaugeControlPanel, formData),
  buildQuery: buildGaugeQuery,
  transformProps: transformGaugeProps,
  loadComponent: () => import('./GaugeView'),
});
