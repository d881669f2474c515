import { GALLERY_CHARTS, type GallerySection } from '../charts/gallery.js';
import type { ExampleDashboardDefinition } from '../example-definitions.js';
import { EXAMPLE_DASHBOARD_SLUGS } from '../example-metadata.contract.js';
import type { LayoutBlock, LayoutCell } from '../layout-builder.js';

const TABS: readonly { section: GallerySection; title: string }[] = [
  { section: 'tables', title: 'Tables & numbers' },
  { section: 'timeseries', title: 'Time series' },
  { section: 'categories', title: 'Categories' },
  { section: 'flows', title: 'Hierarchies & flows' },
  { section: 'maps', title: 'Maps' },
];

/** A section's charts, three to a row (tables and pivots take a row each). */
function rowsOf(section: GallerySection): LayoutBlock[] {
  const rows: LayoutBlock[] = [];
  let cells: LayoutCell[] = [];
  const flush = () => {
    if (cells.length > 0) rows.push({ type: 'row', cells });
    cells = [];
  };
  for (const chart of GALLERY_CHARTS.filter((c) => c.section === section)) {
    if (chart.vizType === 'table' || chart.vizType === 'pivot_table_v2') {
      flush();
      rows.push({ type: 'row', cells: [{ chart: chart.key, width: 12 }] });
      continue;
    }
    cells.push({ chart: chart.key, width: 4 });
    if (cells.length === 3) flush();
  }
  flush();
  return rows;
}

/** "Chart Gallery": one chart of every viz type, by family in tabs. */
export const GALLERY_DASHBOARD: ExampleDashboardDefinition = {
  slug: EXAMPLE_DASHBOARD_SLUGS.gallery,
  title: 'Chart Gallery',
  charts: GALLERY_CHARTS,
  layout: [
    {
      type: 'tabs',
      tabs: TABS.map(({ section, title }) => ({ title, blocks: rowsOf(section) })),
    },
  ],
  metadata: () => ({ color_scheme: 'supersetColors', cross_filters_enabled: false }),
};
