import type { ControlPanel } from '../../core/control-panel';
import { sharedControls } from '../../core/shared-controls';
import { COUNTRY_OPTIONS } from './country-options';

/** The Country Map's controls (Superset's country map `controlPanel`). */
export const countryMapControlPanel: ControlPanel = {
  sections: [
    {
      label: 'Query',
      expanded: true,
      rows: [
        [
          {
            name: 'select_country',
            kind: 'select',
            label: 'Country',
            required: true,
            options: COUNTRY_OPTIONS,
            description: 'Which country to plot the map for?',
          },
        ],
        [
          {
            ...sharedControls.entity,
            label: 'ISO 3166-2 Codes',
            description:
              'Column containing ISO 3166-2 codes of region/province/department in your table.',
          },
        ],
        [{ ...sharedControls.metric, description: 'Metric to display bottom title' }],
        [sharedControls.adhoc_filters],
      ],
    },
    {
      label: 'Chart Options',
      tab: 'customize',
      expanded: true,
      rows: [[sharedControls.number_format], [sharedControls.linear_color_scheme]],
    },
  ],
};
