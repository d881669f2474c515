import type { EChartsCoreOption } from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';
import { echarts } from '../echarts/echarts-core';

// jsdom has no canvas to measure text with; an estimate is enough to lay a chart out.
echarts.setPlatformAPI({
  measureText: (text = '') => ({ width: text.length * 7 }),
});
echarts.use([SVGRenderer]);

/**
 * Draws an option with the real ECharts (server-side SVG rendering, which jsdom supports) and
 * returns the SVG, so tests see that the chart types an option uses are registered and that
 * its labels come out. Import the plugin's view module first: it registers the chart types.
 */
export function renderEchartsSvg(option: EChartsCoreOption, width = 600, height = 400): string {
  const chart = echarts.init(null, null, { renderer: 'svg', ssr: true, width, height });
  try {
    chart.setOption({ ...option, animation: false });
    return chart.renderToSVGString();
  } finally {
    chart.dispose();
  }
}
