import { SunburstChart } from 'echarts/charts';
import { GraphicComponent } from 'echarts/components';
import { echarts } from '../../echarts/echarts-core';

// The sunburst's chart type (and the total's text) load with its view, not with every page.
echarts.use([SunburstChart, GraphicComponent]);

/** The Sunburst Chart's component: the shared ECharts view, with the sunburst registered. */
export { default } from '../../echarts/EchartsView';
