import { TreemapChart } from 'echarts/charts';
import { echarts } from '../../echarts/echarts-core';

// The treemap's chart type loads with its view, not with every page.
echarts.use([TreemapChart]);

/** The Treemap's component: the shared ECharts view, with the treemap series registered. */
export { default } from '../../echarts/EchartsView';
