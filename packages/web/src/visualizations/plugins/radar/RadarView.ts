import { RadarChart } from 'echarts/charts';
import { echarts } from '../../echarts/echarts-core';

// The radar chart type (and its radar coordinate system) loads with its view.
echarts.use([RadarChart]);

/** The Radar Chart's component: the shared ECharts view, with radar charts registered. */
export { default } from '../../echarts/EchartsView';
