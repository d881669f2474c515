import { queryContextSchema } from '@superset-ts/shared';
import { describe, expect, it } from 'vitest';
import { chartDataResult } from '../../../testing/chart-data-result';
import type { DeckChartProps } from '../common/types';
import { deckPolygonPlugin } from '.';
import { bucketEdges, bucketIndex } from './buckets';

const square = (x: number) =>
  JSON.stringify([
    [x, 0],
    [x, 1],
    [x + 1, 1],
    [x + 1, 0],
    [x, 0],
  ]);

const formData = {
  datasource: '3__table',
  viz_type: 'deck_polygon',
  line_column: 'contour',
  metric: 'sum__population',
  point_radius_fixed_type: 'metric',
  point_radius_fixed_metric: 'sum__area',
  num_buckets: 2,
  legend_format: ',d',
};

const rows = [
  { contour: square(0), sum__population: 100, sum__area: 5 },
  { contour: square(2), sum__population: 300, sum__area: 7 },
  { contour: 'not a polygon', sum__population: 200, sum__area: 1 },
];

describe('deck_polygon', () => {
  it('queries the colour and elevation metrics per polygon', () => {
    const [query] = queryContextSchema.parse(deckPolygonPlugin.buildQuery(formData)).queries;

    expect(query).toMatchObject({
      columns: ['contour'],
      metrics: ['sum__population', 'sum__area'],
      filters: [{ col: 'contour', op: 'IS NOT NULL' }],
    });
  });

  it('colours polygons by the bucket of their metric, raised by the elevation metric, with a legend', () => {
    const props = deckPolygonPlugin.transformProps(
      { ...formData, multiplier: 10, opacity: 50 },
      [chartDataResult(['contour', 'sum__population', 'sum__area'], [1, 0, 0], rows)],
      { verboseMap: { sum__population: 'Population' } },
    ) as DeckChartProps;
    if (props.layer.kind !== 'polygon') throw new Error('not a polygon layer');
    const [low, high] = props.layer.data;

    expect(props.layer).toMatchObject({ elevationScale: 10, opacity: 0.5, extruded: true });
    expect(low?.elevation).toBe(5);
    expect(high?.elevation).toBe(7);
    expect(low?.fillColor).not.toEqual(high?.fillColor);
    expect(low?.tooltip).toEqual(['Population: 100', 'sum__area: 5']);
    expect(props.legend?.entries.map((entry) => entry.label)).toEqual(['100 - 200', '200 - 300']);
    expect(props.legend?.entries.map((entry) => entry.color)).toEqual([
      low?.fillColor,
      high?.fillColor,
    ]);
  });

  it('hides polygons outside the break points given', () => {
    const props = deckPolygonPlugin.transformProps(
      { ...formData, break_points: ['150', '400'] },
      [chartDataResult(['contour', 'sum__population', 'sum__area'], [1, 0, 0], rows)],
      {},
    ) as DeckChartProps;
    const [outside] = props.layer.kind === 'polygon' ? props.layer.data : [];

    expect(outside?.fillColor[3]).toBe(0);
    expect(outside?.elevation).toBe(0);
  });

  it('fills with the fixed colour and fixed elevation without metrics', () => {
    const props = deckPolygonPlugin.transformProps(
      {
        datasource: '3__table',
        line_column: 'contour',
        fill_color_picker: { r: 9, g: 8, b: 7, a: 1 },
        point_radius_fixed_value: 50,
      },
      [chartDataResult(['contour'], [1], [{ contour: square(0) }])],
      {},
    ) as DeckChartProps;

    expect(props.layer).toMatchObject({ data: [{ fillColor: [9, 8, 7, 255], elevation: 50 }] });
    expect(props.legend).toBeNull();
  });

  it('needs the polygon column', () => {
    expect(deckPolygonPlugin.validate({})).toEqual([
      { control: 'line_column', message: 'Polygon Column cannot be empty.' },
    ]);
  });
});

describe('buckets', () => {
  it('cuts the metric range into equal buckets, or uses the break points given', () => {
    expect(bucketEdges([0, 10], 5)).toEqual([0, 2, 4, 6, 8, 10]);
    expect(bucketEdges([1, 2, 3], 5, [30, 10, 20])).toEqual([10, 20, 30]);
    expect(bucketEdges([], 5)).toEqual([]);
  });

  it('puts a value in its bucket, the largest in the last one', () => {
    const edges = [0, 2, 4];

    expect(bucketIndex(1, edges)).toBe(0);
    expect(bucketIndex(2, edges)).toBe(1);
    expect(bucketIndex(4, edges)).toBe(1);
    expect(bucketIndex(5, edges)).toBe(-1);
  });
});
