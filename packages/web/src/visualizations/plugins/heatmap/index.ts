import { defineChartPlugin } from '../../core/chart-plugin';
import { validateRequiredControls } from '../../core/control-panel';
import type { EchartsProps } from '../../echarts/EchartsView';
import { buildHeatmapQuery } from './buildQuery';
import { heatmapControlPanel } from './controlPanel';
import thumbnail from './thumbnail.svg';
import { transformHeatmapProps } from './transformProps';
import type { HeatmapFormData } from './types';

/** Heatmap (`heatmap_v2`). */
export const heatmapPlugin = defineChartPlugin<HeatmapFormData, EchartsProps>({
  vizType: 'heatmap_v2',
  name: 'Heatmap',
  description:
    'Shows a metric for every pair of values of two columns as a grid of colored cells, making strong and weak combinations stand out.',
  category: 'Correlation',
  tags: ['Business', 'Intensity', 'Density', 'Single Metric', 'ECharts', 'Featured'],
  thumbnail,
  controlPanel: heatmapControlPanel,
  validate: (formData) => validateRequiredControls(heatmapControlPanel, formData),
  buildQuery: buildHeatmapQuery,
  transformProps: transformHeatmapProps,
  loadComponent: () => import('./HeatmapView'),
});
