import { FunnelChart } from 'echarts/charts';
import { echarts } from '../../echarts/echarts-core';

// The funnel chart type loads with its view, not with every page.
echarts.use([FunnelChart]);

/** The Funnel Chart's component: the shared ECharts view, with funnels registered. */
export { default } from '../../echarts/EchartsView';
