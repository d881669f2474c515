import { HeatmapChart } from 'echarts/charts';
import { CalendarComponent, TitleComponent, VisualMapPiecewiseComponent } from 'echarts/components';
import { useMemo } from 'react';
import type { ChartViewProps } from '../../core/chart-plugin';
import { EchartsChart } from '../../echarts/EchartsChart';
import { echarts } from '../../echarts/echarts-core';
import { buildCalendarLayout } from './calendar-layout';
import type { CalendarHeatmapProps } from './types';

// The heatmap, calendar and stepped legend load with this view, not with every page.
echarts.use([HeatmapChart, CalendarComponent, TitleComponent, VisualMapPiecewiseComponent]);

/**
 * The Calendar Heatmap: the metrics' calendars laid out for the chart's width, drawn by
 * ECharts; when they need more height than the chart has, the chart scrolls.
 */
export default function CalendarHeatmapView({
  width,
  height,
  props,
}: ChartViewProps<CalendarHeatmapProps>) {
  const layout = useMemo(() => buildCalendarLayout(props, width), [props, width]);
  const metricNames = props.metrics.map((metric) => metric.name).join(', ');
  const isScrolling = layout.height > height;
  // A vertical scrollbar takes width: the content is laid out narrower when it shows.
  const drawWidth = isScrolling ? Math.max(0, width - 16) : width;
  return (
    <div style={{ width, height, overflowY: isScrolling ? 'auto' : 'hidden' }}>
      <EchartsChart
        width={drawWidth}
        height={Math.max(height, layout.height)}
        option={layout.option}
        ariaLabel={`Calendar heatmap of ${metricNames}`}
      />
    </div>
  );
}
