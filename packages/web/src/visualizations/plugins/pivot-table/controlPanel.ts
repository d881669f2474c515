import type { ControlPanel, SelectOption } from '../../core/control-panel';
import type { ChartFormData } from '../../core/form-data';
import { columnsOf } from '../../core/query/operators';
import { sharedControls } from '../../core/shared-controls';
import { AGGREGATE_FUNCTIONS } from './pivot/aggregators';

const ORDER_OPTIONS: SelectOption[] = [
  { value: 'key_a_to_z', label: 'key a-z' },
  { value: 'key_z_to_a', label: 'key z-a' },
  { value: 'value_a_to_z', label: 'value ascending' },
  { value: 'value_z_to_a', label: 'value descending' },
];

/** The time grain matters once a temporal dimension is chosen. */
const hasTemporalDimension = (formData: ChartFormData) => {
  const lookup = (formData.temporal_columns_lookup ?? {}) as Record<string, boolean>;
  return [...columnsOf(formData.groupbyColumns), ...columnsOf(formData.groupbyRows)].some(
    (column) => typeof column !== 'string' || lookup[column] === true,
  );
};

const checkbox = (name: string, label: string, description: string) =>
  ({ name, kind: 'checkbox', label, default: false, renderTrigger: true, description }) as const;

/** The Pivot Table's controls (Superset's pivot table `controlPanel`). */
export const pivotTableControlPanel: ControlPanel = {
  sections: [
    {
      label: 'Query',
      expanded: true,
      rows: [
        [
          {
            ...sharedControls.groupby,
            name: 'groupbyColumns',
            label: 'Columns',
            description: 'Dimensions whose values become column headers.',
          },
        ],
        [
          {
            ...sharedControls.groupby,
            name: 'groupbyRows',
            label: 'Rows',
            description: 'Dimensions whose values become row headers.',
          },
        ],
        [{ ...sharedControls.time_grain_sqla, visibleWhen: hasTemporalDimension }],
        [sharedControls.metrics],
        [
          {
            name: 'metricsLayout',
            kind: 'select',
            label: 'Apply metrics on',
            default: 'COLUMNS',
            renderTrigger: true,
            options: [
              { value: 'COLUMNS', label: 'Columns' },
              { value: 'ROWS', label: 'Rows' },
            ],
            description: 'Whether the metric names head the columns or the rows.',
          },
        ],
        [sharedControls.adhoc_filters],
        [sharedControls.series_limit],
        [
          {
            ...sharedControls.row_limit,
            label: 'Cell limit',
            description: 'The most cells (rows of the query) the chart reads.',
          },
        ],
        [sharedControls.series_limit_metric],
        [{ ...sharedControls.order_desc, description: 'Largest values first.' }],
      ],
    },
    {
      label: 'Options',
      expanded: true,
      rows: [
        [
          {
            name: 'aggregateFunction',
            kind: 'select',
            label: 'Aggregation function',
            default: 'Sum',
            renderTrigger: true,
            options: AGGREGATE_FUNCTIONS.map((name) => ({ value: name, label: name })),
            description: 'How cells combine into subtotals and totals.',
          },
        ],
        [checkbox('rowTotals', 'Show rows total', 'Adds a column with the total of each row.')],
        [checkbox('rowSubTotals', 'Show rows subtotal', 'Adds a subtotal row to each row group.')],
        [checkbox('colTotals', 'Show columns total', 'Adds a row with the total of each column.')],
        [
          checkbox(
            'colSubTotals',
            'Show columns subtotal',
            'Adds a subtotal column to each column group.',
          ),
        ],
        [checkbox('transposePivot', 'Transpose pivot', 'Swaps the row and column dimensions.')],
        [
          checkbox(
            'combineMetric',
            'Combine metrics',
            'Puts the metrics side by side inside each group instead of grouping by metric first.',
          ),
        ],
      ],
    },
    {
      label: 'Options',
      tab: 'customize',
      expanded: true,
      rows: [
        [{ ...sharedControls.y_axis_format, name: 'valueFormat', label: 'Value format' }],
        [{ ...sharedControls.date_format, description: 'How times in headers are written.' }],
        [
          {
            name: 'rowOrder',
            kind: 'select',
            label: 'Sort rows by',
            default: 'key_a_to_z',
            renderTrigger: true,
            options: ORDER_OPTIONS,
            description: 'Orders rows by their header values or by their totals.',
          },
        ],
        [
          {
            name: 'colOrder',
            kind: 'select',
            label: 'Sort columns by',
            default: 'key_a_to_z',
            renderTrigger: true,
            options: ORDER_OPTIONS,
            description: 'Orders columns by their header values or by their totals.',
          },
        ],
        [
          {
            name: 'rowSubtotalPosition',
            kind: 'select',
            label: 'Rows subtotal position',
            default: 'bottom',
            renderTrigger: true,
            options: [
              { value: 'top', label: 'Top' },
              { value: 'bottom', label: 'Bottom' },
            ],
            description: 'Whether a row subtotal comes before or after its group.',
          },
        ],
        [
          {
            name: 'colSubtotalPosition',
            kind: 'select',
            label: 'Columns subtotal position',
            default: 'right',
            renderTrigger: true,
            options: [
              { value: 'left', label: 'Left' },
              { value: 'right', label: 'Right' },
            ],
            description: 'Whether a column subtotal comes before or after its group.',
          },
        ],
        [
          {
            ...sharedControls.conditional_formatting,
            description: 'Colours the cells of metrics whose values meet a rule.',
          },
        ],
      ],
    },
  ],
};
