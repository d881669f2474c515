import { SALES_CHARTS as C } from '../charts/sales.js';
import type { ExampleDashboardDefinition } from '../example-definitions.js';
import { EXAMPLE_DASHBOARD_SLUGS } from '../example-metadata.contract.js';
import { row } from '../layout-builder.js';
import {
  crossFilterSettings,
  selectFilter,
  timeGrainFilter,
  timeRangeFilter,
} from '../native-filters.js';

const INTRO = `# Sales Dashboard

Orders of a model-vehicle retailer over three years. Use the filters on the left to narrow by
product line, country, deal size or order date, or **click a slice of the deal size pie** (or a
bar, a country, a row) to cross-filter the other charts.`;

/** "Sales Dashboard": big numbers, trends, a map and top customers, with filters and cross-filters. */
export const SALES_DASHBOARD: ExampleDashboardDefinition = {
  slug: EXAMPLE_DASHBOARD_SLUGS.sales,
  title: 'Sales Dashboard',
  charts: Object.values(C),
  layout: [
    row(
      { markdown: INTRO, width: 4, height: 30 },
      { chart: C.total.key, width: 4, height: 30 },
      { chart: C.orders.key, width: 4, height: 30 },
    ),
    row({ chart: C.byMonth.key, width: 8 }, { chart: C.dealSize.key, width: 4 }),
    row({ chart: C.byProductLine.key, width: 6 }, { chart: C.byCountry.key, width: 6 }),
    row({ chart: C.topCustomers.key, width: 12 }),
  ],
  metadata(ids) {
    const sales = ids.datasetId('cleaned_sales_data');
    return {
      color_scheme: 'supersetColors',
      label_colors: { Small: '#5AC189', Medium: '#FCC700', Large: '#E04355' },
      native_filter_configuration: [
        selectFilter('Product line', sales, 'product_line'),
        selectFilter('Country', sales, 'country'),
        selectFilter('Deal size', sales, 'deal_size'),
        timeRangeFilter('Order date'),
        timeGrainFilter('Time grain', sales),
      ],
      ...crossFilterSettings(Object.values(C).map((chart) => ids.chartId(chart.key))),
    };
  },
};
