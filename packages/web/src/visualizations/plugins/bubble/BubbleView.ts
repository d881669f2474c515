import { ScatterChart } from 'echarts/charts';
import { echarts } from '../../echarts/echarts-core';

// The scatter chart type loads with the bubble view, not with every page.
echarts.use([ScatterChart]);

/** The Bubble Chart's component: the shared ECharts view, with scatter charts registered. */
export { default } from '../../echarts/EchartsView';
