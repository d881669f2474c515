import { ChartRegistry } from './core/registry';
import { bigNumberTotalPlugin } from './plugins/big-number-total';
import { bigNumberPlugin } from './plugins/big-number';
import { calendarHeatmapPlugin } from './plugins/calendar-heatmap';
import { boxPlotPlugin } from './plugins/box-plot';
import { bubblePlugin } from './plugins/bubble';
import { countryMapPlugin } from './plugins/country-map';
import {
  deckArcPlugin,
  deckGridPlugin,
  deckHeatmapPlugin,
  deckHexPlugin,
  deckPathPlugin,
  deckPolygonPlugin,
  deckScatterPlugin,
  deckScreengridPlugin,
} from './plugins/deckgl';
import { areaChartPlugin } from './plugins/echarts-area';
import { barChartPlugin } from './plugins/echarts-timeseries-bar';
import { lineChartPlugin } from './plugins/echarts-timeseries-line';
import { scatterChartPlugin } from './plugins/echarts-timeseries-scatter';
import { smoothLineChartPlugin } from './plugins/echarts-timeseries-smooth';
import { steppedLineChartPlugin } from './plugins/echarts-timeseries-step';
import { funnelPlugin } from './plugins/funnel';
import { gaugePlugin } from './plugins/gauge';
import { graphPlugin } from './plugins/graph';
import { heatmapPlugin } from './plugins/heatmap';
import { histogramPlugin } from './plugins/histogram';
import { mixedTimeseriesChartPlugin } from './plugins/mixed-timeseries';
import { pieChartPlugin } from './plugins/pie';
import { pivotTablePlugin } from './plugins/pivot-table';
import { radarPlugin } from './plugins/radar';
import { sankeyPlugin } from './plugins/sankey';
import { sunburstPlugin } from './plugins/sunburst';
import { tablePlugin } from './plugins/table';
import { treeChartPlugin } from './plugins/tree';
import { treemapPlugin } from './plugins/treemap';
import { waterfallChartPlugin } from './plugins/waterfall';
import { wordCloudPlugin } from './plugins/word-cloud';
import { worldMapPlugin } from './plugins/world-map';

/** The built-in visualizations (Superset's main preset, the types built so far). */
export const chartRegistry = new ChartRegistry()
  .register(tablePlugin)
  .register(pivotTablePlugin)
  .register(bigNumberTotalPlugin)
  .register(bigNumberPlugin)
  .register(lineChartPlugin)
  .register(barChartPlugin)
  .register(areaChartPlugin)
  .register(scatterChartPlugin)
  .register(smoothLineChartPlugin)
  .register(steppedLineChartPlugin)
  .register(mixedTimeseriesChartPlugin)
  .register(waterfallChartPlugin)
  .register(pieChartPlugin)
  .register(boxPlotPlugin)
  .register(histogramPlugin)
  .register(heatmapPlugin)
  .register(funnelPlugin)
  .register(gaugePlugin)
  .register(radarPlugin)
  .register(bubblePlugin)
  .register(deckScatterPlugin)
  .register(deckHexPlugin)
  .register(deckGridPlugin)
  .register(deckArcPlugin)
  .register(deckPathPlugin)
  .register(deckPolygonPlugin)
  .register(deckHeatmapPlugin)
  .register(deckScreengridPlugin)
  .register(treemapPlugin)
  .register(sunburstPlugin)
  .register(sankeyPlugin)
  .register(graphPlugin)
  .register(treeChartPlugin)
  .register(wordCloudPlugin)
  .register(calendarHeatmapPlugin)
  .register(worldMapPlugin)
  .register(countryMapPlugin);

/** The built-in plugin of a viz type; throws naming the type when there is none. */
export const getChartPlugin = (vizType: string) => chartRegistry.getChartPlugin(vizType);

/** The built-in plugins for a gallery, sorted by name. */
export const listChartPlugins = () => chartRegistry.listChartPlugins();
