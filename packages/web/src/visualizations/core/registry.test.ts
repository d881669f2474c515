import { describe, expect, it } from 'vitest';
import { chartRegistry, listChartPlugins } from '../chart-registry';
import { controlDefaults } from './control-panel';

/** The types the product ships (Superset's `viz_type` keys). */
const BUILT_IN_VIZ_TYPES = [
  'big_number',
  'big_number_total',
  'box_plot',
  'bubble_v2',
  'cal_heatmap',
  'country_map',
  'deck_arc',
  'deck_grid',
  'deck_heatmap',
  'deck_hex',
  'deck_path',
  'deck_polygon',
  'deck_scatter',
  'deck_screengrid',
  'echarts_area',
  'echarts_timeseries_bar',
  'echarts_timeseries_line',
  'echarts_timeseries_scatter',
  'echarts_timeseries_smooth',
  'echarts_timeseries_step',
  'funnel',
  'gauge_chart',
  'graph_chart',
  'heatmap_v2',
  'histogram_v2',
  'mixed_timeseries',
  'pie',
  'pivot_table_v2',
  'radar',
  'sankey_v2',
  'sunburst_v2',
  'table',
  'tree_chart',
  'treemap_v2',
  'waterfall',
  'word_cloud',
  'world_map',
];

describe('the built-in chart registry', () => {
  it('lists the plugins for a gallery, sorted by name', () => {
    const names = listChartPlugins().map((plugin) => plugin.name);
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b)));
    expect(chartRegistry.listChartPlugins('KPI').map((plugin) => plugin.name)).toEqual([
      'Big Number',
      'Big Number with Trendline',
      'Funnel Chart',
      'Gauge Chart',
    ]);
  });

  it("offers Superset's main viz types under their keys", () => {
    expect(new Set(listChartPlugins().map((plugin) => plugin.vizType))).toEqual(
      new Set(BUILT_IN_VIZ_TYPES),
    );
  });

  it('gives every plugin a thumbnail for the gallery', () => {
    const missing = listChartPlugins().filter((plugin) => !plugin.thumbnail);
    expect(missing.map((plugin) => plugin.vizType)).toEqual([]);
  });

  it('names the viz type it does not know', () => {
    expect(() => chartRegistry.getChartPlugin('nvd3_line')).toThrow(
      'There is no visualization of type "nvd3_line".',
    );
  });

  it('gives the defaults a new chart starts with', () => {
    const defaults = controlDefaults(chartRegistry.getChartPlugin('pie').controlPanel);
    expect(defaults).toMatchObject({
      row_limit: 100,
      color_scheme: 'supersetColors',
      number_format: 'SMART_NUMBER',
    });
  });
});
