import { DEFAULT_CATEGORICAL_SCHEME } from '../color/categorical-schemes';
import { DEFAULT_SEQUENTIAL_SCHEME, SEQUENTIAL_SCHEMES } from '../color/sequential-schemes';
import { NumberFormats } from '../formatting/number-formats';
import { SMART_DATE_ID } from '../formatting/time-formats';
import type { ControlConfig, SelectOption } from './control-panel';

const ROW_LIMITS = [10, 50, 100, 250, 500, 1000, 5000, 10000, 50000, 100000];
const SERIES_LIMITS = [5, 10, 25, 50, 100, 500];

const numberOptions = (values: readonly number[]): SelectOption[] =>
  values.map((value) => ({ value, label: String(value) }));

/**
 * Controls most charts share, with Superset's names, labels and defaults (its
 * `sharedControls`). Plugins use them as they are or spread them with overrides.
 */
export const sharedControls = {
  metrics: {
    name: 'metrics',
    kind: 'metrics',
    label: 'Metrics',
    required: true,
    description: 'Select one or many metrics to display.',
  },
  metric: {
    name: 'metric',
    kind: 'metric',
    label: 'Metric',
    required: true,
    description: 'Select a metric to display.',
  },
  groupby: {
    name: 'groupby',
    kind: 'columns',
    label: 'Dimensions',
    description:
      'Dimensions contain qualitative values such as names, dates, or geographical data.',
    default: [],
  },
  x_axis: {
    name: 'x_axis',
    kind: 'column',
    label: 'X-axis',
    required: true,
    description: 'Dimension to use on x-axis.',
  },
  time_grain_sqla: {
    name: 'time_grain_sqla',
    kind: 'time-grain',
    label: 'Time Grain',
    default: 'P1D',
    description:
      'Select a time grain for the visualization. The grain is the time interval represented by a single point on the chart.',
  },
  time_range: {
    name: 'time_range',
    kind: 'time-range',
    label: 'Time range',
    default: 'No filter',
  },
  adhoc_filters: {
    name: 'adhoc_filters',
    kind: 'filters',
    label: 'Filters',
    default: [],
  },
  row_limit: {
    name: 'row_limit',
    kind: 'select',
    label: 'Row limit',
    freeForm: true,
    default: 10000,
    options: numberOptions(ROW_LIMITS),
    description:
      'Limits the number of the rows that are computed in the query that is the source of the data used for this chart.',
  },
  limit: {
    name: 'limit',
    kind: 'select',
    label: 'Series limit',
    freeForm: true,
    clearable: true,
    options: numberOptions(SERIES_LIMITS),
    description: 'Limits the number of series that get displayed.',
  },
  timeseries_limit_metric: {
    name: 'timeseries_limit_metric',
    kind: 'metric',
    label: 'Sort by',
    description:
      'Metric used to define how the top series are sorted if a series or cell limit is present. If undefined reverts to the first metric (where appropriate).',
  },
  order_desc: {
    name: 'order_desc',
    kind: 'checkbox',
    label: 'Sort descending',
    default: true,
  },
  truncate_metric: {
    name: 'truncate_metric',
    kind: 'checkbox',
    label: 'Truncate Metric',
    default: true,
    description: 'Whether to truncate metrics',
  },
  show_empty_columns: {
    name: 'show_empty_columns',
    kind: 'checkbox',
    label: 'Show empty columns',
    default: true,
  },
  color_scheme: {
    name: 'color_scheme',
    kind: 'color-scheme',
    label: 'Color Scheme',
    default: DEFAULT_CATEGORICAL_SCHEME,
    renderTrigger: true,
    description: 'The color scheme for rendering chart',
  },
  y_axis_format: {
    name: 'y_axis_format',
    kind: 'number-format',
    label: 'Y Axis Format',
    default: NumberFormats.SMART_NUMBER,
    renderTrigger: true,
  },
  x_axis_time_format: {
    name: 'x_axis_time_format',
    kind: 'time-format',
    label: 'Time format',
    default: SMART_DATE_ID,
    renderTrigger: true,
  },
  show_legend: {
    name: 'show_legend',
    kind: 'checkbox',
    label: 'Show legend',
    default: true,
    renderTrigger: true,
    description: 'Whether to display a legend for the chart',
  },
  rolling_type: {
    name: 'rolling_type',
    kind: 'select',
    label: 'Rolling Function',
    default: 'None',
    options: [
      { value: 'None', label: 'None' },
      { value: 'mean', label: 'mean' },
      { value: 'sum', label: 'sum' },
      { value: 'std', label: 'std' },
      { value: 'cumsum', label: 'cumsum' },
    ],
    description:
      'Defines a rolling window function to apply, works along with the [Periods] text box',
  },
  rolling_periods: {
    name: 'rolling_periods',
    kind: 'number',
    label: 'Periods',
    isInteger: true,
    min: 1,
    visibleWhen: (formData) => ['mean', 'sum', 'std'].includes(String(formData.rolling_type)),
  },
  min_periods: {
    name: 'min_periods',
    kind: 'number',
    label: 'Min Periods',
    isInteger: true,
    min: 0,
    visibleWhen: (formData) => ['mean', 'sum', 'std'].includes(String(formData.rolling_type)),
  },
  time_compare: {
    name: 'time_compare',
    kind: 'select',
    label: 'Time shift',
    multiple: true,
    freeForm: true,
    default: [],
    options: [
      '1 day ago',
      '1 week ago',
      '28 days ago',
      '30 days ago',
      '52 weeks ago',
      '1 year ago',
      '104 weeks ago',
      '2 years ago',
      '156 weeks ago',
      '3 years ago',
    ].map((value) => ({ value, label: value })),
    description:
      'Overlays one or more series from a relative time period before, written in natural language (e.g. 24 hours ago, 7 days ago, 52 weeks ago).',
  },
  comparison_type: {
    name: 'comparison_type',
    kind: 'select',
    label: 'Calculation type',
    default: 'values',
    options: [
      { value: 'values', label: 'Actual values' },
      { value: 'difference', label: 'Difference' },
      { value: 'percentage', label: 'Percentage change' },
      { value: 'ratio', label: 'Ratio' },
    ],
    description:
      'How time shifts are shown: as their own series, or as the difference, percentage change or ratio between the main series and each shift.',
  },
  resample_rule: {
    name: 'resample_rule',
    kind: 'select',
    label: 'Rule',
    freeForm: true,
    clearable: true,
    options: [
      { value: '1T', label: '1 minutely frequency' },
      { value: '1H', label: '1 hourly frequency' },
      { value: '1D', label: '1 calendar day frequency' },
      { value: '7D', label: '7 calendar day frequency' },
      { value: '1MS', label: '1 month start frequency' },
      { value: '1M', label: '1 month end frequency' },
      { value: '1AS', label: '1 year start frequency' },
      { value: '1A', label: '1 year end frequency' },
    ],
    description: 'The regular time grid the series are put on (a pandas offset alias).',
  },
  resample_method: {
    name: 'resample_method',
    kind: 'select',
    label: 'Fill method',
    clearable: true,
    options: [
      { value: 'asfreq', label: 'Null imputation' },
      { value: 'zerofill', label: 'Zero imputation' },
      { value: 'linear', label: 'Linear interpolation' },
      { value: 'ffill', label: 'Forward values' },
      { value: 'bfill', label: 'Backward values' },
      { value: 'median', label: 'Median values' },
      { value: 'mean', label: 'Mean values' },
      { value: 'sum', label: 'Sum values' },
    ],
    description: 'How the grid points without a value are filled.',
  },
  linear_color_scheme: {
    name: 'linear_color_scheme',
    kind: 'select',
    label: 'Linear Color Scheme',
    default: DEFAULT_SEQUENTIAL_SCHEME,
    renderTrigger: true,
    options: SEQUENTIAL_SCHEMES.map((scheme) => ({ value: scheme.id, label: scheme.label })),
    description: 'The gradient that colors values, from low to high.',
  },
  series_limit: {
    name: 'series_limit',
    kind: 'select',
    label: 'Series limit',
    freeForm: true,
    clearable: true,
    options: numberOptions(SERIES_LIMITS),
    description:
      'Keeps only the top series (by the sort metric); the database is asked for those series alone.',
  },
  series_limit_metric: {
    name: 'series_limit_metric',
    kind: 'metric',
    label: 'Sort by',
    description:
      'The metric that ranks series when a series limit is set; the first metric when empty.',
  },
  sort_by_metric: {
    name: 'sort_by_metric',
    kind: 'checkbox',
    label: 'Sort by metric',
    default: true,
    description: 'Orders the rows by the metric, largest first.',
  },
  number_format: {
    name: 'number_format',
    kind: 'number-format',
    label: 'Number format',
    default: NumberFormats.SMART_NUMBER,
    renderTrigger: true,
  },
  date_format: {
    name: 'date_format',
    kind: 'time-format',
    label: 'Date format',
    default: SMART_DATE_ID,
    renderTrigger: true,
  },
  entity: {
    name: 'entity',
    kind: 'column',
    label: 'Entity',
    required: true,
    description: 'This defines the element to be plotted on the chart',
  },
  secondary_metric: {
    name: 'secondary_metric',
    kind: 'metric',
    label: 'Secondary Metric',
    description: 'An optional second metric (its use depends on the chart).',
  },
  series: {
    name: 'series',
    kind: 'column',
    label: 'Dimension',
    required: true,
    description:
      'Defines the grouping of entities. Each series is represented by a specific color in the chart.',
  },
  granularity_sqla: {
    name: 'granularity_sqla',
    kind: 'column',
    label: 'Time Column',
    required: true,
    temporalOnly: true,
    description: 'The time column the chart is bucketed by and its time range filters.',
  },
  conditional_formatting: {
    name: 'conditional_formatting',
    kind: 'conditional-formatting',
    label: 'Conditional formatting',
    default: [],
    renderTrigger: true,
    description: 'Colours the cells of numeric columns whose values meet a rule.',
  },
} as const satisfies Record<string, ControlConfig>;
