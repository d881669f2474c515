import { defineChartPlugin } from '../../core/chart-plugin';
import { validateRequiredControls } from '../../core/control-panel';
import { buildCountryMapQuery } from './buildQuery';
import { countryMapControlPanel } from './controlPanel';
import thumbnail from './thumbnail.svg';
import { transformCountryMapProps } from './transformProps';
import type { CountryMapFormData, CountryMapProps } from './types';

/** Country Map (`country_map`). */
export const countryMapPlugin = defineChartPlugin<CountryMapFormData, CountryMapProps>({
  vizType: 'country_map',
  name: 'Country Map',
  description:
    "Shades a country's regions (states, provinces, departments) by a metric, the rows matched to regions by their ISO 3166-2 codes.",
  category: 'Map',
  tags: ['2D', 'Comparison', 'Geo', 'Range', 'Report', 'Stacked'],
  thumbnail,
  controlPanel: countryMapControlPanel,
  validate: (formData) => validateRequiredControls(countryMapControlPanel, formData),
  buildQuery: buildCountryMapQuery,
  transformProps: transformCountryMapProps,
  loadComponent: () => import('./CountryMapView'),
});
