import type { CrossFilterTarget } from '../core/cross-filter';
import type { EChartsCoreOption } from './echarts-core';

/** What ECharts tells a click handler about the clicked item. */
export interface EchartsClickEvent {
  componentType?: string;
  seriesIndex?: number;
  seriesId?: string;
  seriesName?: string;
  dataIndex?: number;
  name?: string;
  data?: unknown;
}

/** How an ECharts chart takes part in cross-filtering on a dashboard. */
export interface EchartsCrossFilter {
  /** What a click on an item filters; undefined when the item filters nothing. */
  targetOf: (event: EchartsClickEvent) => CrossFilterTarget | undefined;
  /** The option with the items that are not selected dimmed. */
  highlight: (option: EChartsCoreOption, selectedValues: readonly unknown[]) => EChartsCoreOption;
}
