import type { ControlPanel } from '../../core/control-panel';
import { sharedControls } from '../../core/shared-controls';
import type { WorldMapFormData } from './types';

const isColoredByCountry = (formData: WorldMapFormData) => formData.color_by === 'country';

/** Superset's default bubble color. */
export const DEFAULT_BUBBLE_COLOR = { r: 0, g: 122, b: 135, a: 1 };

/** The World Map's controls (Superset's world map `controlPanel`). */
export const worldMapControlPanel: ControlPanel = {
  sections: [
    {
      label: 'Query',
      expanded: true,
      rows: [
        [
          {
            ...sharedControls.entity,
            label: 'Country Column',
            description: '3 letter code of the country',
          },
        ],
        [
          {
            name: 'country_fieldtype',
            kind: 'select',
            label: 'Country Field Type',
            default: 'cca2',
            options: [
              { value: 'name', label: 'Full name' },
              { value: 'cioc', label: 'code International Olympic Committee (cioc)' },
              { value: 'cca2', label: 'code ISO 3166-1 alpha-2 (cca2)' },
              { value: 'cca3', label: 'code ISO 3166-1 alpha-3 (cca3)' },
            ],
            description:
              'The country code standard that Superset should expect to find in the [country] column',
          },
        ],
        [sharedControls.metric],
        [sharedControls.adhoc_filters],
        [sharedControls.row_limit],
        [sharedControls.sort_by_metric],
      ],
    },
    {
      label: 'Options',
      tab: 'customize',
      expanded: true,
      rows: [
        [
          {
            name: 'show_bubbles',
            kind: 'checkbox',
            label: 'Show Bubbles',
            default: false,
            renderTrigger: true,
            description: 'Whether to display bubbles on top of countries',
          },
        ],
        [
          {
            ...sharedControls.secondary_metric,
            label: 'Bubble Size',
            description: 'Metric that defines the size of the bubble',
          },
        ],
        [
          {
            name: 'max_bubble_size',
            kind: 'select',
            label: 'Max Bubble Size',
            default: '25',
            freeForm: true,
            options: ['5', '10', '15', '25', '50', '75', '100'].map((value) => ({
              value,
              label: value,
            })),
          },
        ],
        [
          {
            name: 'color_picker',
            kind: 'color',
            label: 'Bubble Color',
            default: DEFAULT_BUBBLE_COLOR,
          },
        ],
        [
          {
            name: 'color_by',
            kind: 'select',
            label: 'Color by',
            default: 'metric',
            options: [
              { value: 'metric', label: 'Metric' },
              { value: 'country', label: 'Country' },
            ],
            description:
              'Choose whether a country should be shaded by the metric, or assigned a color based on a categorical color palette',
          },
        ],
        [
          {
            ...sharedControls.linear_color_scheme,
            label: 'Country Color Scheme',
            visibleWhen: (formData) => !isColoredByCountry(formData),
          },
        ],
        [
          {
            ...sharedControls.color_scheme,
            label: 'Country Color Scheme',
            visibleWhen: isColoredByCountry,
          },
        ],
      ],
    },
    {
      label: 'Chart Options',
      tab: 'customize',
      expanded: true,
      rows: [[sharedControls.y_axis_format]],
    },
  ],
};
