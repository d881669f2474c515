import type { ChartFormData } from '../../core/form-data';
import type { ControlPanel } from '../../core/control-panel';
import { sharedControls } from '../../core/shared-controls';
import { getQueryMode } from './buildQuery';
import { DEFAULT_SERVER_PAGE_LENGTH, PAGE_SIZE_OPTIONS } from './page-request';

const isAggregate = (formData: ChartFormData) => getQueryMode(formData) === 'aggregate';
const isRaw = (formData: ChartFormData) => getQueryMode(formData) === 'raw';
const isServerPaged = (formData: ChartFormData) => formData.server_pagination === true;

/**
 * The Table's controls (Superset's Table `controlPanel`). `column_config` (per-column formats,
 * alignment, bars) is read by the chart but has no editor until the panel has a control kind
 * for it.
 */
export const tableControlPanel: ControlPanel = {
  sections: [
    {
      label: 'Query',
      expanded: true,
      rows: [
        [
          {
            name: 'query_mode',
            kind: 'select',
            label: 'Query mode',
            default: 'aggregate',
            options: [
              { value: 'aggregate', label: 'Aggregate' },
              { value: 'raw', label: 'Raw records' },
            ],
          },
        ],
        [{ ...sharedControls.groupby, visibleWhen: isAggregate }],
        [{ ...sharedControls.metrics, required: false, visibleWhen: isAggregate }],
        [
          {
            name: 'all_columns',
            kind: 'columns',
            label: 'Columns',
            required: true,
            visibleWhen: isRaw,
          },
        ],
        [
          {
            name: 'percent_metrics',
            kind: 'metrics',
            label: 'Percentage metrics',
            visibleWhen: isAggregate,
            description:
              'Select one or many metrics to display, that will be displayed in the percentages of total.',
          },
        ],
        [{ ...sharedControls.time_grain_sqla, visibleWhen: isAggregate }],
        [sharedControls.adhoc_filters],
        [sharedControls.row_limit],
        [
          {
            name: 'server_pagination',
            kind: 'checkbox',
            label: 'Server pagination',
            default: false,
            description:
              'Asks the server for one page of rows at a time, for results too large to send at once.',
          },
        ],
        [
          {
            name: 'server_page_length',
            kind: 'select',
            label: 'Server Page Length',
            default: DEFAULT_SERVER_PAGE_LENGTH,
            freeForm: true,
            options: PAGE_SIZE_OPTIONS.map((value) => ({ value, label: String(value) })),
            description: 'Rows per page.',
            visibleWhen: isServerPaged,
          },
        ],
        [{ ...sharedControls.timeseries_limit_metric, visibleWhen: isAggregate }],
        [{ ...sharedControls.order_desc, visibleWhen: isAggregate }],
        [
          {
            name: 'show_totals',
            kind: 'checkbox',
            label: 'Show summary',
            default: false,
            visibleWhen: isAggregate,
            description:
              'Adds a row with each metric aggregated over all rows, the row limit aside.',
          },
        ],
      ],
    },
    {
      label: 'Options',
      tab: 'customize',
      expanded: true,
      rows: [
        [
          {
            name: 'table_timestamp_format',
            kind: 'time-format',
            label: 'Timestamp format',
            renderTrigger: true,
            description:
              'How times are written (a d3 time format); by default as the time grain suggests.',
          },
        ],
        [
          {
            name: 'page_length',
            kind: 'select',
            label: 'Page length',
            default: 0,
            freeForm: true,
            renderTrigger: true,
            options: [0, ...PAGE_SIZE_OPTIONS].map((value) => ({
              value,
              label: value === 0 ? 'All' : String(value),
            })),
            description: 'How many rows a page holds; 0 lists every row in one scrolling page.',
            visibleWhen: (formData) => !isServerPaged(formData),
          },
        ],
        [
          {
            name: 'include_search',
            kind: 'checkbox',
            label: 'Search box',
            default: false,
            renderTrigger: true,
            description: 'Shows a box to find rows containing a text.',
          },
          {
            name: 'show_cell_bars',
            kind: 'checkbox',
            label: 'Cell bars',
            default: true,
            renderTrigger: true,
            description: 'Draws a bar behind each number, its length in proportion to the value.',
          },
        ],
        [
          {
            name: 'align_pn',
            kind: 'checkbox',
            label: 'Align +/-',
            default: false,
            renderTrigger: true,
            description: 'Starts every cell bar at the left edge, sized by the absolute value.',
          },
          {
            name: 'color_pn',
            kind: 'checkbox',
            label: 'Color +/-',
            default: true,
            renderTrigger: true,
            description: 'Colours the bars of negative values red and of positive values green.',
          },
        ],
        [
          {
            name: 'allow_rearrange_columns',
            kind: 'checkbox',
            label: 'Allow columns to be rearranged',
            default: false,
            renderTrigger: true,
            description:
              'Lets readers drag column headers to reorder them; the order is not saved with the chart.',
          },
        ],
        [sharedControls.conditional_formatting],
      ],
    },
  ],
};
