import { BarChart } from 'echarts/charts';
import { echarts } from '../../echarts/echarts-core';

// Registering again is harmless; it keeps the view self-sufficient if the core set changes.
echarts.use([BarChart]);

/** The Histogram's component: the shared ECharts view, with bar charts registered. */
export { default } from '../../echarts/EchartsView';
