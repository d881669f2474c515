import { TAXI_CHARTS as C } from '../charts/taxi.js';
import type { ExampleDashboardDefinition } from '../example-definitions.js';
import { EXAMPLE_DASHBOARD_SLUGS } from '../example-metadata.contract.js';
import { row } from '../layout-builder.js';
import { crossFilterSettings, selectFilter, timeRangeFilter } from '../native-filters.js';

const NOTE = `## Millions of rows

Every chart here scans the whole **taxi_trips** table (a few million rows) in the examples
database on each refresh: a quick way to see how fast the engine aggregates. Results are cached
for an hour; narrow the pickup time to query less.`;

/** "Taxi Trips: 3 Million Rows": a large fact table and the charts that aggregate it. */
export const TAXI_DASHBOARD: ExampleDashboardDefinition = {
  slug: EXAMPLE_DASHBOARD_SLUGS.taxi,
  title: 'Taxi Trips: 3 Million Rows',
  charts: Object.values(C),
  layout: [
    row({ markdown: NOTE, width: 8, height: 30 }, { chart: C.total.key, width: 4, height: 30 }),
    row({ chart: C.perDay.key, width: 12 }),
    row(
      { chart: C.fareByBorough.key, width: 4 },
      { chart: C.paymentType.key, width: 4 },
      { chart: C.tipsByHour.key, width: 4 },
    ),
  ],
  metadata(ids) {
    const taxi = ids.datasetId('taxi_trips');
    return {
      color_scheme: 'echarts4Colors',
      native_filter_configuration: [
        selectFilter('Borough', taxi, 'borough'),
        selectFilter('Payment type', taxi, 'payment_type'),
        timeRangeFilter('Pickup time'),
      ],
      ...crossFilterSettings(Object.values(C).map((chart) => ids.chartId(chart.key))),
    };
  },
};
