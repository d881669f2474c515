import { defineChartPlugin } from '../../core/chart-plugin';
import { validateRequiredControls } from '../../core/control-panel';
import type { EchartsProps } from '../../echarts/EchartsView';
import { buildFunnelQuery } from './buildQuery';
import { funnelControlPanel } from './controlPanel';
import thumbnail from './thumbnail.svg';
import { transformFunnelProps } from './transformProps';
import type { FunnelFormData } from './types';

/** Funnel Chart (`funnel`). */
export const funnelPlugin = defineChartPlugin<FunnelFormData, EchartsProps>({
  vizType: 'funnel',
  name: 'Funnel Chart',
  description:
    'Shows how a metric shrinks from stage to stage, such as the drop-off between the steps of a sales pipeline or a sign-up flow.',
  category: 'KPI',
  tags: ['Business', 'ECharts', 'Progressive', 'Report', 'Sequential', 'Trend'],
  thumbnail,
  controlPanel: funnelControlPanel,
  validate: (formData) => validateRequiredControls(funnelControlPanel, formData),
  buildQuery: buildFunnelQuery,
  transformProps: transformFunnelProps,
  loadComponent: () => import('./FunnelView'),
});
