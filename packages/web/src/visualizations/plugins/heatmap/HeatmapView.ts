import { HeatmapChart } from 'echarts/charts';
import { VisualMapComponent } from 'echarts/components';
import { echarts } from '../../echarts/echarts-core';

// The heatmap's chart type and its color legend load with its view, not with every page.
echarts.use([HeatmapChart, VisualMapComponent]);

/** The Heatmap's component: the shared ECharts view, with heatmap and visual map registered. */
export { default } from '../../echarts/EchartsView';
