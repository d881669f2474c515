import { defineChartPlugin } from '../../core/chart-plugin';
import { validateRequiredControls } from '../../core/control-panel';
import { buildPivotTableQuery } from './buildQuery';
import { pivotTableControlPanel } from './controlPanel';
import thumbnail from './thumbnail.svg';
import { transformPivotTableProps } from './transformProps';
import type { PivotTableFormData, PivotTableProps } from './types';

/** Pivot Table (`pivot_table_v2`). */
export const pivotTablePlugin = defineChartPlugin<PivotTableFormData, PivotTableProps>({
  vizType: 'pivot_table_v2',
  name: 'Pivot Table',
  description:
    'Summarises metrics by two sets of dimensions, one along the rows and one along the columns, with subtotals and totals.',
  category: 'Table',
  tags: ['Additive', 'Report', 'Tabular', 'Popular'],
  thumbnail,
  controlPanel: pivotTableControlPanel,
  validate: (formData) => validateRequiredControls(pivotTableControlPanel, formData),
  buildQuery: buildPivotTableQuery,
  transformProps: transformPivotTableProps,
  loadComponent: () => import('./PivotTableChart'),
});
