import type { LegendOrientation } from './types';

/** Room the legend takes at its side of the chart, in pixels. */
const LEGEND_ROOM: Readonly<Record<LegendOrientation, number>> = {
  top: 30,
  bottom: 30,
  left: 120,
  right: 120,
};

/** The ECharts legend at a side of the chart (Superset's `getLegendProps`). */
export function legendOption(
  orientation: LegendOrientation,
  type: 'scroll' | 'plain',
  isShown: boolean,
): Record<string, unknown> {
  const isVertical = orientation === 'left' || orientation === 'right';
  return {
    show: isShown,
    type,
    orient: isVertical ? 'vertical' : 'horizontal',
    [orientation]: 0,
    ...(isVertical ? { top: 'middle' } : { left: 'center' }),
  };
}

/** The series' distance from each side, leaving the legend its room (Superset's `getChartPadding`). */
export function chartPadding(
  orientation: LegendOrientation,
  isLegendShown: boolean,
): Record<LegendOrientation, number> {
  const padding = { top: 20, bottom: 20, left: 20, right: 20 };
  if (isLegendShown) padding[orientation] += LEGEND_ROOM[orientation];
  return padding;
}
