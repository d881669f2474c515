import { defineChartPlugin } from '../../core/chart-plugin';
import { validateRequiredControls } from '../../core/control-panel';
import type { EchartsProps } from '../../echarts/EchartsView';
import { buildSunburstQuery } from './buildQuery';
import { sunburstControlPanel } from './controlPanel';
import thumbnail from './thumbnail.svg';
import { transformSunburstProps } from './transformProps';
import type { SunburstFormData } from './types';

/** Sunburst Chart (`sunburst_v2`). */
export const sunburstPlugin = defineChartPlugin<SunburstFormData, EchartsProps>({
  vizType: 'sunburst_v2',
  name: 'Sunburst Chart',
  description:
    'Shows a hierarchy as rings around a center, the innermost ring its top level; each arc spans its share of the parent, so a path from the center reads how a total breaks down.',
  category: 'Part of a Whole',
  tags: ['ECharts', 'Multi-Levels', 'Proportional', 'Featured'],
  thumbnail,
  controlPanel: sunburstControlPanel,
  validate: (formData) => validateRequiredControls(sunburstControlPanel, formData),
  buildQuery: buildSunburstQuery,
  transformProps: transformSunburstProps,
  loadComponent: () => import('./SunburstView'),
});
