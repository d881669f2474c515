import { defineChartPlugin } from '../../core/chart-plugin';
import { validateRequiredControls } from '../../core/control-panel';
import type { EchartsProps } from '../../echarts/EchartsView';
import { buildTreeQuery } from './buildQuery';
import { treeControlPanel } from './controlPanel';
import thumbnail from './thumbnail.svg';
import { transformTreeProps } from './transformProps';
import type { TreeFormData } from './types';

/** Tree Chart (`tree_chart`). */
export const treeChartPlugin = defineChartPlugin<TreeFormData, EchartsProps>({
  vizType: 'tree_chart',
  name: 'Tree Chart',
  description:
    'Draws rows that point to a parent row (an org chart, a category tree) as a tree, branching from its root level by level.',
  category: 'Part of a Whole',
  tags: ['Categorical', 'ECharts', 'Multi-Levels', 'Relational', 'Structural', 'Featured'],
  thumbnail,
  controlPanel: treeControlPanel,
  validate: (formData) => validateRequiredControls(treeControlPanel, formData),
  buildQuery: buildTreeQuery,
  transformProps: transformTreeProps,
  loadComponent: () => import('./TreeView'),
});
