import { BoxplotChart, ScatterChart } from 'echarts/charts';
import { echarts } from '../../echarts/echarts-core';

// The box plot's chart types load with its view, not with every page.
echarts.use([BoxplotChart, ScatterChart]);

/** The Box Plot's component: the shared ECharts view, with boxplot and scatter registered. */
export { default } from '../../echarts/EchartsView';
