import { defineChartPlugin } from '../../core/chart-plugin';
import { validateRequiredControls } from '../../core/control-panel';
import type { EchartsProps } from '../../echarts/EchartsView';
import { buildRadarQuery } from './buildQuery';
import { radarControlPanel } from './controlPanel';
import thumbnail from './thumbnail.svg';
import { transformRadarProps } from './transformProps';
import type { RadarFormData } from './types';

/** Radar Chart (`radar`). */
export const radarPlugin = defineChartPlugin<RadarFormData, EchartsProps>({
  vizType: 'radar',
  name: 'Radar Chart',
  description:
    'Compares several metrics across groups at once: each metric is a spoke, and each group a shape joining its values on the spokes.',
  category: 'Ranking',
  tags: ['Business', 'Comparison', 'Coordinates', 'Multi-Variables', 'Report', 'Web', 'ECharts'],
  thumbnail,
  controlPanel: radarControlPanel,
  validate: (formData) => validateRequiredControls(radarControlPanel, formData),
  buildQuery: buildRadarQuery,
  transformProps: transformRadarProps,
  loadComponent: () => import('./RadarView'),
});
