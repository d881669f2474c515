import { WORLD_HEALTH_CHARTS as C } from '../charts/world-health.js';
import type { ExampleDashboardDefinition } from '../example-definitions.js';
import { EXAMPLE_DASHBOARD_SLUGS } from '../example-metadata.contract.js';
import { row } from '../layout-builder.js';
import { crossFilterSettings, selectFilter } from '../native-filters.js';

const INTRO = `## World Bank's Data

Population, life expectancy and wealth of the world's countries since 1960. Maps, the treemap
and the table show the latest year; the trends show every year.`;

/** "World Bank's Data": tabs of overview, regions and countries. */
export const WORLD_HEALTH_DASHBOARD: ExampleDashboardDefinition = {
  slug: EXAMPLE_DASHBOARD_SLUGS.world,
  title: "World Bank's Data",
  charts: Object.values(C),
  layout: [
    {
      type: 'tabs',
      tabs: [
        {
          title: 'Overview',
          blocks: [
            row(
              { markdown: INTRO, width: 4, height: 40 },
              { chart: C.population.key, width: 8, height: 40 },
            ),
            row(
              { chart: C.map.key, width: 7, height: 60 },
              { chart: C.lifeExpectancy.key, width: 5, height: 60 },
            ),
          ],
        },
        {
          title: 'Regions',
          blocks: [
            row({ chart: C.treemap.key, width: 6 }, { chart: C.bubble.key, width: 6 }),
            row({ chart: C.boxPlot.key, width: 6 }, { chart: C.hierarchy.key, width: 6 }),
          ],
        },
        { title: 'Countries', blocks: [row({ chart: C.countries.key, width: 12, height: 80 })] },
      ],
    },
  ],
  metadata(ids) {
    const wb = ids.datasetId('wb_health_population');
    const excluded = [ids.chartId(C.hierarchy.key)];
    return {
      color_scheme: 'd3Category10',
      native_filter_configuration: [
        selectFilter('Region', wb, 'region', { excluded }),
        selectFilter('Country', wb, 'country_name', { parents: ['Region'], excluded }),
      ],
      ...crossFilterSettings(
        Object.values(C)
          .filter((chart) => chart.table === 'wb_health_population')
          .map((chart) => ids.chartId(chart.key)),
      ),
    };
  },
};
