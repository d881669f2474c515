import { defineChartPlugin } from '../../core/chart-plugin';
import { validateRequiredControls } from '../../core/control-panel';
import type { EchartsProps } from '../../echarts/EchartsView';
import { buildSankeyQuery } from './buildQuery';
import { sankeyControlPanel } from './controlPanel';
import thumbnail from './thumbnail.svg';
import { transformSankeyProps } from './transformProps';
import type { SankeyFormData } from './types';

/** Sankey Chart (`sankey_v2`). */
export const sankeyPlugin = defineChartPlugin<SankeyFormData, EchartsProps>({
  vizType: 'sankey_v2',
  name: 'Sankey Chart',
  description:
    'Follows how a quantity flows from sources to targets: nodes are the stages, and each link is as wide as the value that moves along it.',
  category: 'Flow',
  tags: ['Directional', 'ECharts', 'Distribution', 'Flow'],
  thumbnail,
  controlPanel: sankeyControlPanel,
  validate: (formData) => validateRequiredControls(sankeyControlPanel, formData),
  buildQuery: buildSankeyQuery,
  transformProps: transformSankeyProps,
  loadComponent: () => import('./SankeyView'),
});
