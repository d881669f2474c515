import type { EChartsCoreOption } from '../../echarts/echarts-core';
import { escapeHtml } from '../../echarts/tooltip-html';
import {
  cellIndex,
  cellLabel,
  dayKey,
  domainStart,
  domainStarts,
  nextDomainStart,
  weekColumns,
} from './time-buckets';
import type { CalendarHeatmapProps, CalendarMetric } from './types';

const MARGIN = 12;
const TITLE_HEIGHT = 26;
const DOMAIN_LABEL_HEIGHT = 18;
const DOMAIN_GAP = 14;
const YEAR_LABEL_WIDTH = 28;
const GRID_LEFT = 96;
const GRID_AXIS_HEIGHT = 36;
const EMPTY_CELL_COLOR = '#f1f3f5';

/** A cell of the option: its value array and when it is, for the tooltip. */
interface CellData {
  value: (string | number)[];
  when: string;
}

/** An option laid out for a width, and the height it needs (the view scrolls when taller). */
export interface CalendarLayout {
  option: EChartsCoreOption;
  height: number;
}

/** Whether cells are days on a calendar (weeks as columns), or slots on a plain grid. */
const isDayCalendar = (props: CalendarHeatmapProps) =>
  props.subdomain === 'day' && props.domain !== 'hour' && props.domain !== 'day';

function valueRange(values: Iterable<number>): [number, number] {
  let [min, max] = [Infinity, -Infinity];
  for (const value of values) {
    min = Math.min(min, value);
    max = Math.max(max, value);
  }
  if (!Number.isFinite(min)) return [0, 1];
  return min === max ? [min, min + 1] : [min, max];
}

function timeRange(metric: CalendarMetric): [number, number] | undefined {
  const times = [...metric.values.keys()];
  return times.length === 0 ? undefined : [Math.min(...times), Math.max(...times)];
}

/** Builds the option piece by piece: components and series indexes stay in step. */
class OptionBuilder {
  readonly calendars: Record<string, unknown>[] = [];
  readonly grids: Record<string, unknown>[] = [];
  readonly xAxes: Record<string, unknown>[] = [];
  readonly yAxes: Record<string, unknown>[] = [];
  readonly series: Record<string, unknown>[] = [];
  readonly visualMaps: Record<string, unknown>[] = [];
  readonly titles: Record<string, unknown>[] = [];
}

function heatmapStyle(props: CalendarHeatmapProps) {
  return {
    borderColor: '#ffffff',
    borderWidth: props.cellPadding,
    borderRadius: props.cellRadius,
  };
}

function valueLabel(props: CalendarHeatmapProps, valueIndex: number) {
  return {
    show: props.showValues,
    fontSize: Math.max(6, Math.round(props.cellSize * 0.45)),
    formatter: (params: { data: CellData }) =>
      props.formatValue(Number(params.data.value[valueIndex])),
  };
}

/** Lays one metric's days out as calendars per domain, wrapping rows at the width. */
function addDayCalendars(
  builder: OptionBuilder,
  props: CalendarHeatmapProps,
  metric: CalendarMetric,
  width: number,
  top: number,
  seriesIndexes: number[],
): number {
  const range = timeRange(metric);
  if (!range) return top;
  const { cellSize } = props;
  const left = props.domain === 'year' ? MARGIN + YEAR_LABEL_WIDTH : MARGIN;
  const rowHeight = DOMAIN_LABEL_HEIGHT + 7 * cellSize + DOMAIN_GAP;
  let [x, y] = [left, top];
  for (const start of domainStarts(range[0], range[1], props.domain)) {
    const end = nextDomainStart(start, props.domain);
    const calendarWidth = weekColumns(start, end) * cellSize;
    if (x > left && x + calendarWidth > width - MARGIN) {
      x = left;
      y += rowHeight;
    }
    const lastDay = dayKey(end - 1);
    const data = [...metric.values]
      .filter(([time]) => time >= start && time < end)
      .map(([time, value]) => ({ value: [dayKey(time), value], when: props.formatTime(time) }));
    builder.calendars.push({
      left: x,
      top: y + DOMAIN_LABEL_HEIGHT,
      orient: 'horizontal',
      cellSize: [cellSize, cellSize],
      range: [dayKey(start), lastDay],
      splitLine: { show: false },
      itemStyle: { color: EMPTY_CELL_COLOR, ...heatmapStyle(props) },
      dayLabel: { show: false },
      monthLabel: {
        show: true,
        position: 'start',
        margin: 4,
        fontSize: 11,
        nameMap: 'EN',
        formatter: props.domain === 'month' ? '{nameMap} {yyyy}' : '{nameMap}',
      },
      yearLabel: { show: props.domain === 'year', position: 'left', margin: 8, fontSize: 12 },
    });
    seriesIndexes.push(builder.series.length);
    builder.series.push({
      type: 'heatmap',
      name: metric.name,
      coordinateSystem: 'calendar',
      calendarIndex: builder.calendars.length - 1,
      data,
      itemStyle: heatmapStyle(props),
      label: valueLabel(props, 1),
    });
    x += calendarWidth + DOMAIN_GAP;
  }
  return y + rowHeight;
}

/** Lays one metric out as a grid: a row per domain, a column per cell position within it. */
function addSlotGrid(
  builder: OptionBuilder,
  props: CalendarHeatmapProps,
  metric: CalendarMetric,
  width: number,
  top: number,
  seriesIndexes: number[],
): number {
  const range = timeRange(metric);
  if (!range) return top;
  const starts = domainStarts(range[0], range[1], props.domain);
  const rowOf = new Map(starts.map((start, index) => [start, index]));
  const rowLabels = starts.map((start) => props.formatTime(start));
  const cells = [...metric.values].map(([time, value]) => {
    const column = cellIndex(time, props.domain, props.subdomain);
    const row = rowOf.get(domainStart(time, props.domain)) ?? 0;
    const when = `${rowLabels[row] ?? ''} ${cellLabel(column, props.domain, props.subdomain)}`;
    return { value: [column, row, value], when };
  });
  const columns = Math.max(...cells.map((cell) => cell.value[0] ?? 0)) + 1;
  const cellWidth = Math.max(2, Math.min(props.cellSize, (width - GRID_LEFT - MARGIN) / columns));
  const gridHeight = starts.length * props.cellSize;
  const gridIndex = builder.grids.length;
  builder.grids.push({ left: GRID_LEFT, top, width: columns * cellWidth, height: gridHeight });
  builder.xAxes.push({
    type: 'category',
    gridIndex,
    data: Array.from({ length: columns }, (_, index) =>
      cellLabel(index, props.domain, props.subdomain),
    ),
    axisLine: { show: false },
    axisTick: { show: false },
    axisLabel: { fontSize: 10, hideOverlap: true },
    splitArea: { show: false },
  });
  builder.yAxes.push({
    type: 'category',
    gridIndex,
    inverse: true,
    data: rowLabels,
    axisLine: { show: false },
    axisTick: { show: false },
    axisLabel: { fontSize: 10, hideOverlap: true },
  });
  seriesIndexes.push(builder.series.length);
  builder.series.push({
    type: 'heatmap',
    name: metric.name,
    xAxisIndex: builder.xAxes.length - 1,
    yAxisIndex: builder.yAxes.length - 1,
    data: cells,
    itemStyle: heatmapStyle(props),
    label: valueLabel(props, 2),
  });
  return top + gridHeight + GRID_AXIS_HEIGHT;
}

/**
 * The Calendar Heatmap's ECharts option at a width (Superset's cal-heatmap layout): per metric
 * an optional title and legend, then its domains: days on calendars (weeks as columns) when
 * the cells are days, otherwise a grid of domains by cell position. Colors come in `steps`
 * bands of the linear scheme between the metric's lowest and highest value.
 */
export function buildCalendarLayout(props: CalendarHeatmapProps, width: number): CalendarLayout {
  const builder = new OptionBuilder();
  let top = MARGIN;
  for (const metric of props.metrics) {
    const [min, max] = valueRange(metric.values.values());
    if (props.showMetricName) {
      builder.titles.push({
        text: metric.name,
        left: MARGIN,
        top,
        textStyle: { fontSize: 13, fontWeight: 600 },
      });
    }
    const seriesIndexes: number[] = [];
    const legendTop = top;
    if (props.showMetricName || props.showLegend) top += TITLE_HEIGHT;
    top = isDayCalendar(props)
      ? addDayCalendars(builder, props, metric, width, top, seriesIndexes)
      : addSlotGrid(builder, props, metric, width, top, seriesIndexes);
    builder.visualMaps.push({
      type: 'piecewise',
      show: props.showLegend,
      seriesIndex: seriesIndexes,
      min,
      max,
      splitNumber: props.steps,
      inRange: { color: [...props.colors] },
      orient: 'horizontal',
      right: MARGIN,
      top: legendTop,
      itemWidth: 10,
      itemHeight: 10,
      itemGap: 4,
      textGap: 4,
      showLabel: false,
      text: [props.formatValue(max), props.formatValue(min)],
      textStyle: { fontSize: 11 },
    });
    top += MARGIN;
  }

  return {
    height: top,
    option: {
      animation: false,
      title: builder.titles,
      tooltip: {
        trigger: 'item',
        confine: true,
        formatter: (params: { seriesName: string; data: CellData }) =>
          calendarTooltip(props, params.seriesName, params.data),
      },
      calendar: builder.calendars,
      grid: builder.grids,
      xAxis: builder.xAxes,
      yAxis: builder.yAxes,
      visualMap: builder.visualMaps,
      series: builder.series,
    },
  };
}

/** The tooltip of a cell: its metric, when it is, and its value. */
function calendarTooltip(props: CalendarHeatmapProps, metricName: string, cell: CellData): string {
  const amount = Number(cell.value[cell.value.length - 1]);
  return `<div style="font-weight:600">${escapeHtml(metricName)}</div><div>${escapeHtml(
    cell.when,
  )}</div><div>${escapeHtml(props.formatValue(amount))}</div>`;
}
