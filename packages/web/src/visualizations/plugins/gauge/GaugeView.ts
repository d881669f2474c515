import { GaugeChart } from 'echarts/charts';
import { echarts } from '../../echarts/echarts-core';

// The gauge chart type loads with its view, not with every page.
echarts.use([GaugeChart]);

/** The Gauge Chart's component: the shared ECharts view, with gauges registered. */
export { default } from '../../echarts/EchartsView';
