import { defineChartPlugin } from '../../core/chart-plugin';
import { validateRequiredControls } from '../../core/control-panel';
import { columnsOf, metricsOf } from '../../core/query/operators';
import { buildTableQuery, getQueryMode } from './buildQuery';
import { tableControlPanel } from './controlPanel';
import { transformTableProps } from './transformProps';
import thumbnail from './thumbnail.svg';
import type { TableFormData, TableProps } from './types';

function validateTable(formData: TableFormData) {
  const errors = validateRequiredControls(tableControlPanel, formData);
  const isEmptyAggregate =
    getQueryMode(formData) === 'aggregate' &&
    columnsOf(formData.groupby).length === 0 &&
    metricsOf(formData.metrics).length === 0 &&
    metricsOf(formData.percent_metrics).length === 0;
  return isEmptyAggregate
    ? [
        ...errors,
        {
          control: 'groupby',
          message: 'Group by, Metrics or Percentage metrics must have a value.',
        },
      ]
    : errors;
}

/** Table (`table`). */
export const tablePlugin = defineChartPlugin<TableFormData, TableProps>({
  vizType: 'table',
  name: 'Table',
  description:
    'Rows and columns of a dataset, raw or aggregated by dimensions, with search, sorting, pages, cell bars and conditional colours.',
  category: 'Table',
  tags: ['Pattern', 'Popular', 'Report', 'Sequential', 'Tabular'],
  thumbnail,
  controlPanel: tableControlPanel,
  validate: validateTable,
  buildQuery: (formData) => buildTableQuery(formData),
  transformProps: (formData, queriesResponse, context) =>
    transformTableProps(formData, queriesResponse, context),
  loadComponent: () => import('./TableChart'),
});
