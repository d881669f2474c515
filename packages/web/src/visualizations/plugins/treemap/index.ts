import { defineChartPlugin } from '../../core/chart-plugin';
import { validateRequiredControls } from '../../core/control-panel';
import type { EchartsProps } from '../../echarts/EchartsView';
import { buildTreemapQuery } from './buildQuery';
import { treemapControlPanel } from './controlPanel';
import thumbnail from './thumbnail.svg';
import { transformTreemapProps } from './transformProps';
import type { TreemapFormData } from './types';

/** Treemap (`treemap_v2`). */
export const treemapPlugin = defineChartPlugin<TreemapFormData, EchartsProps>({
  vizType: 'treemap_v2',
  name: 'Treemap',
  description:
    'Shows a hierarchy as nested rectangles sized by the metric, so each part reads as its share of its parent and of the whole.',
  category: 'Part of a Whole',
  tags: [
    'ECharts',
    'Aesthetic',
    'Categorical',
    'Comparison',
    'Multi-Levels',
    'Percentages',
    'Proportional',
  ],
  thumbnail,
  controlPanel: treemapControlPanel,
  validate: (formData) => validateRequiredControls(treemapControlPanel, formData),
  buildQuery: buildTreemapQuery,
  transformProps: transformTreemapProps,
  loadComponent: () => import('./TreemapView'),
});
