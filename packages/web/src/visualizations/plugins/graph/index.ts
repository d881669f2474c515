import { defineChartPlugin } from '../../core/chart-plugin';
import { validateRequiredControls } from '../../core/control-panel';
import type { EchartsProps } from '../../echarts/EchartsView';
import { buildGraphQuery } from './buildQuery';
import { graphControlPanel } from './controlPanel';
import thumbnail from './thumbnail.svg';
import { transformGraphProps } from './transformProps';
import type { GraphFormData } from './types';

/** Graph Chart (`graph_chart`). */
export const graphPlugin = defineChartPlugin<GraphFormData, EchartsProps>({
  vizType: 'graph_chart',
  name: 'Graph Chart',
  description:
    'Draws the connections between entities as a network, to see which nodes matter most and how they relate; laid out by force or in a circle.',
  category: 'Flow',
  tags: [
    'Circular',
    'Comparison',
    'Directional',
    'ECharts',
    'Relational',
    'Structural',
    'Transformable',
    'Featured',
  ],
  thumbnail,
  controlPanel: graphControlPanel,
  validate: (formData) => validateRequiredControls(graphControlPanel, formData),
  buildQuery: buildGraphQuery,
  transformProps: transformGraphProps,
  loadComponent: () => import('./GraphView'),
});
