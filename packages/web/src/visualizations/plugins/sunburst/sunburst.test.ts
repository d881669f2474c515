import { queryContextSchema } from '@superset-ts/shared';
import { beforeEach, describe, expect, it } from 'vitest';
import { getLabelColors } from '../../color/label-colors';
import { getSequentialScheme } from '../../color/sequential-schemes';
import type { EchartsProps } from '../../echarts/EchartsView';
import { chartDataResult, day } from '../../testing/chart-data-result';
import { renderEchartsSvg } from '../../testing/echarts-svg';
import './SunburstView';
import { sunburstPlugin } from '.';

const formData = {
  datasource: '3__table',
  viz_type: 'sunburst_v2',
  columns: ['year', 'state'],
  metric: 'sum__num',
  row_limit: 100,
  sort_by_metric: true,
  date_format: '%Y',
  show_labels: true,
};

const response = [
  chartDataResult(
    ['year', 'state', 'sum__num', 'count'],
    [2, 1, 0, 0],
    [
      { year: day('2020-01-01'), state: 'CA', sum__num: 300, count: 30 },
      { year: day('2020-01-01'), state: 'NY', sum__num: 100, count: 50 },
      { year: day('2021-01-01'), state: 'CA', sum__num: 600, count: 60 },
    ],
  ),
];

interface Arc {
  name: string;
  value: number;
  itemStyle: { color: string };
  children?: Arc[];
}
type SunburstOption = {
  tooltip: { formatter: (params: unknown) => string };
  series: [{ data: Arc[] }];
  graphic?: { style: { text: string } };
};

describe('sunburst_v2', () => {
  beforeEach(() => getLabelColors().reset());

  it('queries the metric by the hierarchy, and the coloring metric when it differs', () => {
    const [query] = queryContextSchema.parse(
      sunburstPlugin.buildQuery({ ...formData, secondary_metric: 'count' }),
    ).queries;
    expect(query).toMatchObject({
      columns: ['year', 'state'],
      metrics: ['sum__num', 'count'],
      orderby: [['sum__num', false]],
    });
    const [same] = queryContextSchema.parse(
      sunburstPlugin.buildQuery({ ...formData, secondary_metric: 'sum__num' }),
    ).queries;
    expect(same?.metrics).toEqual(['sum__num']);
  });

  it('reads the hierarchy of charts saved with groupby', () => {
    const [query] = queryContextSchema.parse(
      sunburstPlugin.buildQuery({ ...formData, columns: [], groupby: ['state'] }),
    ).queries;
    expect(query?.columns).toEqual(['state']);
  });

  it('makes rings from the hierarchy, times in the date format, colors by label', () => {
    const { option } = sunburstPlugin.transformProps(
      { ...formData, show_total: true },
      response,
      {},
    ) as EchartsProps;
    const sunburst = option as unknown as SunburstOption;
    const [y2020, y2021] = sunburst.series[0].data;
    expect([y2020?.name, y2020?.value, y2021?.name, y2021?.value]).toEqual([
      '2020',
      400,
      '2021',
      600,
    ]);
    expect(y2020?.children?.map((arc) => arc.name)).toEqual(['CA', 'NY']);
    expect(y2020?.itemStyle.color).not.toBe(y2021?.itemStyle.color);
    expect(sunburst.graphic?.style.text).toBe('Total: 1k');

    const tooltip = sunburst.tooltip.formatter({
      data: { name: 'NY', value: 100, secondaryValue: 100 },
      treePathInfo: [{ value: 1000 }, { value: 400 }, { value: 100 }],
    });
    expect(tooltip).toContain('10.00% of total');
    expect(tooltip).toContain('25.00% of parent');

    expect(renderEchartsSvg(option)).toContain('2021');
  });

  it('colors by the secondary/primary ratio along the linear scheme', () => {
    const { option } = sunburstPlugin.transformProps(
      { ...formData, secondary_metric: 'count', linear_color_scheme: 'white_black' },
      response,
      {},
    ) as EchartsProps;
    const [y2020] = (option as unknown as SunburstOption).series[0].data;
    const colors = getSequentialScheme('white_black').colors;
    // NY has the highest count per birth (0.5), CA in 2020 0.1: the darkest and a light gray.
    expect(y2020?.children?.[1]?.itemStyle.color).toBe(colors[1]);
    expect(y2020?.children?.[0]?.itemStyle.color).toBe('#cccccc');
  });

  it('needs a hierarchy and a primary metric', () => {
    expect(sunburstPlugin.validate({ datasource: '3__table' })).toEqual([
      { control: 'columns', message: 'Hierarchy cannot be empty.' },
      { control: 'metric', message: 'Primary Metric cannot be empty.' },
    ]);
  });
});
