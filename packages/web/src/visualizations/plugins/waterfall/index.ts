import { defineChartPlugin } from '../../core/chart-plugin';
import { validateRequiredControls } from '../../core/control-panel';
import type { EchartsProps } from '../../echarts/EchartsView';
import { buildWaterfallQuery } from './buildQuery';
import { waterfallControlPanel } from './controlPanel';
import thumbnail from './thumbnail.svg';
import { transformWaterfallProps } from './transformProps';
import type { WaterfallFormData } from './types';

/** Waterfall Chart (`waterfall`): how each period's change builds the running total. */
export const waterfallChartPlugin = defineChartPlugin<WaterfallFormData, EchartsProps>({
  vizType: 'waterfall',
  name: 'Waterfall Chart',
  description:
    'Shows how a total builds up: each period (or breakdown value) as a bar rising or falling from the running total, then the total itself.',
  category: 'Evolution',
  tags: ['Categorical', 'Comparison', 'ECharts', 'Sequential', 'Trend'],
  thumbnail,
  controlPanel: waterfallControlPanel,
  validate: (formData) => validateRequiredControls(waterfallControlPanel, formData),
  buildQuery: buildWaterfallQuery,
  transformProps: transformWaterfallProps,
  loadComponent: () => import('../../echarts/EchartsView'),
});
