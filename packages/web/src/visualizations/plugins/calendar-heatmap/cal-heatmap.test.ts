import { queryContextSchema } from '@superset-ts/shared';
import { describe, expect, it } from 'vitest';
import { chartDataResult, day } from '../../testing/chart-data-result';
import { renderEchartsSvg } from '../../testing/echarts-svg';
import { buildCalendarLayout } from './calendar-layout';
import './CalendarHeatmapView';
import { cellIndex, cellLabel, domainStart, weekColumns } from './time-buckets';
import type { CalendarHeatmapProps } from './types';
import { calendarHeatmapPlugin } from '.';

const formData = {
  datasource: '9__table',
  viz_type: 'cal_heatmap',
  granularity_sqla: 'ds',
  time_range: 'No filter',
  domain_granularity: 'month' as const,
  subdomain_granularity: 'day' as const,
  metrics: ['count', 'sum__num'],
  x_axis_time_format: '%Y-%m-%d',
  y_axis_format: ',d',
};

const response = [
  chartDataResult(
    ['__timestamp', 'count', 'sum__num'],
    [2, 0, 0],
    [
      { __timestamp: day('2024-01-01'), count: 3, sum__num: 30 },
      { __timestamp: day('2024-01-31'), count: 7, sum__num: 10 },
      { __timestamp: day('2024-03-15'), count: 5, sum__num: 20 },
    ],
  ),
];

type Layout = {
  calendar: { range: string[]; left: number; top: number }[];
  series: { calendarIndex?: number; data: { value: unknown[]; when: string }[] }[];
  visualMap: { min: number; max: number; seriesIndex: number[]; show: boolean }[];
  title: { text: string }[];
  tooltip: { formatter: (params: unknown) => string };
  xAxis: { data: string[] }[];
  yAxis: { data: string[] }[];
};

const propsFor = (overrides: Partial<typeof formData> = {}) =>
  calendarHeatmapPlugin.transformProps({ ...formData, ...overrides }, response, {
    verboseMap: { count: 'Row count' },
  }) as CalendarHeatmapProps;

describe('cal_heatmap', () => {
  it('queries a time series of the metrics on the time column at the subdomain grain', () => {
    const [query] = queryContextSchema.parse(calendarHeatmapPlugin.buildQuery(formData)).queries;
    expect(query).toMatchObject({
      granularity: 'ds',
      is_timeseries: true,
      metrics: ['count', 'sum__num'],
      extras: { time_grain_sqla: 'P1D' },
    });
    const [hourly] = queryContextSchema.parse(
      calendarHeatmapPlugin.buildQuery({ ...formData, subdomain_granularity: 'hour' }),
    ).queries;
    expect(hourly?.extras.time_grain_sqla).toBe('PT1H');
  });

  it('draws a month calendar per month from the first to the last day, for each metric', () => {
    const { option } = buildCalendarLayout(propsFor(), 800);
    const layout = option as unknown as Layout;
    expect(layout.calendar.map((calendar) => calendar.range)).toEqual([
      ['2024-01-01', '2024-01-31'],
      ['2024-02-01', '2024-02-29'],
      ['2024-03-01', '2024-03-31'],
      ['2024-01-01', '2024-01-31'],
      ['2024-02-01', '2024-02-29'],
      ['2024-03-01', '2024-03-31'],
    ]);
    expect(layout.title.map((title) => title.text)).toEqual(['Row count', 'sum__num']);
    expect(layout.series[0]?.data).toEqual([
      { value: ['2024-01-01', 3], when: '2024-01-01' },
      { value: ['2024-01-31', 7], when: '2024-01-31' },
    ]);
    expect(layout.visualMap.map((map) => [map.min, map.max, map.seriesIndex])).toEqual([
      [3, 7, [0, 1, 2]],
      [10, 30, [3, 4, 5]],
    ]);
    expect(
      layout.tooltip.formatter({ seriesName: 'Row count', data: layout.series[0]?.data[1] }),
    ).toContain('<div>2024-01-31</div><div>7</div>');
    const svg = renderEchartsSvg(option, 800, 400);
    expect(svg).toContain('Row count');
    expect(svg).toContain('Feb 2024');
  });

  it('wraps calendars onto new rows at the chart width', () => {
    const wide = buildCalendarLayout(propsFor({ metrics: ['count'] }), 800);
    const narrow = buildCalendarLayout(propsFor({ metrics: ['count'] }), 120);
    const tops = (layout: typeof wide) =>
      new Set((layout.option as unknown as Layout).calendar.map((calendar) => calendar.top)).size;
    expect(tops(wide)).toBe(1);
    expect(tops(narrow)).toBe(3);
    expect(narrow.height).toBeGreaterThan(wide.height);
  });

  it('lays hours out as a grid of days by hour of the day', () => {
    const hourly = [
      chartDataResult(
        ['__timestamp', 'count'],
        [2, 0],
        [
          { __timestamp: Date.parse('2024-01-01T05:00:00Z'), count: 1 },
          { __timestamp: Date.parse('2024-01-02T23:00:00Z'), count: 2 },
        ],
      ),
    ];
    const props = calendarHeatmapPlugin.transformProps(
      {
        ...formData,
        metrics: ['count'],
        domain_granularity: 'day',
        subdomain_granularity: 'hour',
      },
      hourly,
      {},
    ) as CalendarHeatmapProps;
    const layout = buildCalendarLayout(props, 600).option as unknown as Layout;
    expect(layout.calendar).toEqual([]);
    expect(layout.yAxis[0]?.data).toEqual(['2024-01-01', '2024-01-02']);
    expect(layout.xAxis[0]?.data.slice(0, 2)).toEqual(['00h', '01h']);
    expect(layout.series[0]?.data.map((cell) => cell.value)).toEqual([
      [5, 0, 1],
      [23, 1, 2],
    ]);
  });

  it('finds a time’s domain and cell in UTC', () => {
    const time = Date.parse('2024-03-14T10:30:00Z');
    expect(new Date(domainStart(time, 'week')).toISOString()).toBe('2024-03-10T00:00:00.000Z');
    expect(cellIndex(time, 'week', 'day')).toBe(4);
    expect(cellIndex(time, 'year', 'month')).toBe(2);
    expect(cellIndex(time, 'month', 'week')).toBe(2);
    expect(cellLabel(4, 'week', 'day')).toBe('Thu');
    expect(weekColumns(Date.UTC(2024, 1, 1), Date.UTC(2024, 2, 1))).toBe(5);
  });

  it('needs a time column and metrics, and a subdomain smaller than the domain', () => {
    expect(
      calendarHeatmapPlugin.validate({
        datasource: '9__table',
        domain_granularity: 'day',
        subdomain_granularity: 'week',
      }),
    ).toEqual([
      { control: 'granularity_sqla', message: 'Time Column cannot be empty.' },
      { control: 'metrics', message: 'Metrics cannot be empty.' },
      {
        control: 'subdomain_granularity',
        message:
          'Subdomain must be a smaller time unit than the domain (week is not smaller than day).',
      },
    ]);
    expect(
      calendarHeatmapPlugin.validate({
        ...formData,
        domain_granularity: 'year',
        subdomain_granularity: 'min',
      }),
    ).toEqual([
      {
        control: 'subdomain_granularity',
        message:
          'A year holds too many min cells to draw; choose a larger subdomain or a smaller domain.',
      },
    ]);
  });
});
