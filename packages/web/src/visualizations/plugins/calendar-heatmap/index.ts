import { defineChartPlugin } from '../../core/chart-plugin';
import { buildCalendarHeatmapQuery } from './buildQuery';
import { calendarHeatmapControlPanel } from './controlPanel';
import thumbnail from './thumbnail.svg';
import { transformCalendarHeatmapProps } from './transformProps';
import type { CalendarHeatmapFormData, CalendarHeatmapProps } from './types';
import { validateCalendarHeatmap } from './validate';

/** Calendar Heatmap (`cal_heatmap`). */
export const calendarHeatmapPlugin = defineChartPlugin<
  CalendarHeatmapFormData,
  CalendarHeatmapProps
>({
  vizType: 'cal_heatmap',
  name: 'Calendar Heatmap',
  description:
    'Colors each day (or hour, week, month) of a calendar by a metric, to see how it varies across days of the week and through the year.',
  category: 'Correlation',
  tags: ['Business', 'Comparison', 'Intensity', 'Pattern', 'Report', 'Trend'],
  thumbnail,
  controlPanel: calendarHeatmapControlPanel,
  validate: validateCalendarHeatmap,
  buildQuery: buildCalendarHeatmapQuery,
  transformProps: transformCalendarHeatmapProps,
  loadComponent: () => import('./CalendarHeatmapView'),
});
