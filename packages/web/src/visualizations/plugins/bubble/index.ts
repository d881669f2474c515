import { defineChartPlugin } from '../../core/chart-plugin';
import { validateRequiredControls } from '../../core/control-panel';
import type { EchartsProps } from '../../echarts/EchartsView';
import { buildBubbleQuery } from './buildQuery';
import { bubbleControlPanel } from './controlPanel';
import thumbnail from './thumbnail.svg';
import { transformBubbleProps } from './transformProps';
import type { BubbleFormData } from './types';

/** Bubble Chart (`bubble_v2`). */
export const bubblePlugin = defineChartPlugin<BubbleFormData, EchartsProps>({
  vizType: 'bubble_v2',
  name: 'Bubble Chart',
  description:
    'Plots entities by two metrics (x and y) with a third as the bubble size; bubbles of the same group share a color.',
  category: 'Correlation',
  tags: ['Multi-Dimensions', 'Comparison', 'Scatter', 'Time', 'Trend', 'ECharts', 'Featured'],
  thumbnail,
  controlPanel: bubbleControlPanel,
  validate: (formData) => validateRequiredControls(bubbleControlPanel, formData),
  buildQuery: buildBubbleQuery,
  transformProps: transformBubbleProps,
  loadComponent: () => import('./BubbleView'),
});
