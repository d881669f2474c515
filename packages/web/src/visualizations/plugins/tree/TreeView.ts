import { TreeChart } from 'echarts/charts';
import { echarts } from '../../echarts/echarts-core';

// The tree's chart type loads with its view, not with every page.
echarts.use([TreeChart]);

/** The Tree Chart's component: the shared ECharts view, with the tree series registered. */
export { default } from '../../echarts/EchartsView';
