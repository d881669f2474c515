import type { ControlConfig, ControlPanelSection } from '../../core/control-panel';

/** Bars standing up from the x-axis, or lying along it from the left. */
export const orientationSection: ControlPanelSection = {
  label: 'Chart Orientation',
  tab: 'customize',
  expanded: true,
  rows: [
    [
      {
        name: 'orientation',
        kind: 'select',
        label: 'Bar orientation',
        default: 'vertical',
        clearable: false,
        renderTrigger: true,
        options: [
          { value: 'vertical', label: 'Vertical' },
          { value: 'horizontal', label: 'Horizontal' },
        ],
        description: 'Orientation of bar chart',
      },
    ],
  ],
};

/** The order of a categorical x-axis (ignored on a time axis, which is always in time order). */
export const xAxisSortRows: readonly (readonly ControlConfig[])[] = [
  [
    {
      name: 'x_axis_sort_series',
      kind: 'select',
      label: 'X-Axis Sort By',
      clearable: true,
      renderTrigger: true,
      options: [
        { value: 'name', label: 'Category name' },
        { value: 'sum', label: 'Total value' },
        { value: 'min', label: 'Minimum value' },
        { value: 'max', label: 'Maximum value' },
        { value: 'avg', label: 'Average value' },
      ],
      description:
        'Orders the categories of a categorical x-axis by their name or by a total of their series.',
    },
  ],
  [
    {
      name: 'x_axis_sort_series_ascending',
      kind: 'checkbox',
      label: 'X-Axis Sort Ascending',
      default: true,
      renderTrigger: true,
      description: 'Whether to sort the categories ascending or descending.',
      visibleWhen: (formData) => Boolean(formData.x_axis_sort_series),
    },
  ],
];
