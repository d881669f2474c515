import { defineChartPlugin } from '../../core/chart-plugin';
import { validateRequiredControls } from '../../core/control-panel';
import { buildBigNumberQuery } from './buildQuery';
import { bigNumberControlPanel } from './controlPanel';
import thumbnail from './thumbnail.svg';
import { transformBigNumberProps } from './transformProps';
import type { BigNumberFormData, BigNumberTrendlineProps } from './types';

/** Big Number with Trendline (`big_number`). */
export const bigNumberPlugin = defineChartPlugin<BigNumberFormData, BigNumberTrendlineProps>({
  vizType: 'big_number',
  name: 'Big Number with Trendline',
  description: 'Shows the latest value of a metric in large type above a line of how it got there.',
  category: 'KPI',
  tags: ['Business', 'KPI', 'Popular', 'Report', 'Trend'],
  thumbnail,
  controlPanel: bigNumberControlPanel,
  validate: (formData) => validateRequiredControls(bigNumberControlPanel, formData),
  buildQuery: buildBigNumberQuery,
  transformProps: transformBigNumberProps,
  loadComponent: () => import('./BigNumberTrendlineView'),
});
