import { SankeyChart } from 'echarts/charts';
import { echarts } from '../../echarts/echarts-core';

// The sankey's chart type loads with its view, not with every page.
echarts.use([SankeyChart]);

/** The Sankey Chart's component: the shared ECharts view, with the sankey series registered. */
export { default } from '../../echarts/EchartsView';
