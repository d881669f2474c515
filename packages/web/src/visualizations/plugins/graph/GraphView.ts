import { GraphChart } from 'echarts/charts';
import { echarts } from '../../echarts/echarts-core';

// The graph's chart type loads with its view, not with every page.
echarts.use([GraphChart]);

/** The Graph Chart's component: the shared ECharts view, with the graph series registered. */
export { default } from '../../echarts/EchartsView';
