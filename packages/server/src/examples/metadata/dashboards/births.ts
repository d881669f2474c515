import { BIRTHS_CHARTS as C } from '../charts/births.js';
import type { ExampleDashboardDefinition } from '../example-definitions.js';
import { EXAMPLE_DASHBOARD_SLUGS } from '../example-metadata.contract.js';
import { row } from '../layout-builder.js';
import { crossFilterSettings, selectFilter, timeRangeFilter } from '../native-filters.js';

/** "USA Births Names": who was born, when and where. */
export const BIRTHS_DASHBOARD: ExampleDashboardDefinition = {
  slug: EXAMPLE_DASHBOARD_SLUGS.births,
  title: 'USA Births Names',
  charts: Object.values(C),
  layout: [
    row(
      { chart: C.girls.key, width: 3, height: 30 },
      { chart: C.boys.key, width: 3, height: 30 },
      { chart: C.gender.key, width: 6, height: 30 },
    ),
    row({ chart: C.overTime.key, width: 8 }, { chart: C.wordCloud.key, width: 4 }),
    row({ chart: C.byState.key, width: 7 }, { chart: C.topNames.key, width: 5 }),
    { type: 'divider' },
    row({ chart: C.pivot.key, width: 12, height: 55 }),
  ],
  metadata(ids) {
    const births = ids.datasetId('birth_names');
    return {
      color_scheme: 'supersetColors',
      label_colors: { boy: '#1FA8C9', girl: '#E04355' },
      native_filter_configuration: [
        selectFilter('Gender', births, 'gender'),
        selectFilter('State', births, 'state'),
        selectFilter('Name', births, 'name', { parents: ['Gender', 'State'] }),
        timeRangeFilter('Year'),
      ],
      ...crossFilterSettings(Object.values(C).map((chart) => ids.chartId(chart.key))),
    };
  },
};
