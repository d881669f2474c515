import { defineChartPlugin } from '../../core/chart-plugin';
import { validateRequiredControls } from '../../core/control-panel';
import type { EchartsProps } from '../../echarts/EchartsView';
import { buildPieQuery } from './buildQuery';
import { pieControlPanel } from './controlPanel';
import thumbnail from './thumbnail.svg';
import { transformPieProps } from './transformProps';
import type { PieFormData } from './types';

/** Pie Chart (`pie`). */
export const pieChartPlugin = defineChartPlugin<PieFormData, EchartsProps>({
  vizType: 'pie',
  name: 'Pie Chart',
  description: 'Shows how a total divides among categories, one slice per category.',
  category: 'Part of a Whole',
  tags: [
    'ECharts',
    'Aesthetic',
    'Circular',
    'Comparison',
    'Percentages',
    'Popular',
    'Proportional',
  ],
  thumbnail,
  controlPanel: pieControlPanel,
  validate: (formData) => validateRequiredControls(pieControlPanel, formData),
  buildQuery: buildPieQuery,
  transformProps: transformPieProps,
  loadComponent: () => import('../../echarts/EchartsView'),
});
