import { queryContextSchema } from '@superset-ts/shared';
import { beforeEach, describe, expect, it } from 'vitest';
import { getLabelColors } from '../../../color/label-colors';
import { chartDataResult } from '../../../testing/chart-data-result';
import type { DeckChartProps } from '../common/types';
import { deckScatterPlugin } from '.';
import { unitToRadius } from './point-unit';

const formData = {
  datasource: '3__table',
  viz_type: 'deck_scatter',
  spatial_lon: 'LON',
  spatial_lat: 'LAT',
  row_limit: 5000,
};

const transform = (form: Record<string, unknown>, rows: Record<string, unknown>[]) =>
  deckScatterPlugin.transformProps(form, [chartDataResult(Object.keys(rows[0] ?? {}), [], rows)], {
    verboseMap: { count: 'Count of rides' },
  }) as DeckChartProps;

const scatterData = (props: DeckChartProps) => {
  if (props.layer.kind !== 'scatter') throw new Error('not a scatter layer');
  return props.layer.data;
};

describe('deck_scatter', () => {
  beforeEach(() => getLabelColors().reset());

  it('queries the raw locations with a fixed size, skipping null locations', () => {
    const [query] = queryContextSchema.parse(deckScatterPlugin.buildQuery(formData)).queries;

    expect(query).toMatchObject({
      columns: ['LON', 'LAT'],
      filters: [
        { col: 'LON', op: 'IS NOT NULL' },
        { col: 'LAT', op: 'IS NOT NULL' },
      ],
      row_limit: 5000,
    });
    expect(query?.metrics).toBeUndefined();
  });

  it('aggregates per location and category when the size is a metric, largest first', () => {
    const [query] = queryContextSchema.parse(
      deckScatterPlugin.buildQuery({
        ...formData,
        dimension: 'kind',
        point_radius_fixed_type: 'metric',
        point_radius_fixed_metric: 'count',
      }),
    ).queries;

    expect(query).toMatchObject({
      columns: ['LON', 'LAT', 'kind'],
      metrics: ['count'],
      orderby: [['count', false]],
    });
  });

  it('reads a chart saved by Superset (spatial and point size objects)', () => {
    const saved = {
      datasource: '3__table',
      spatial: { type: 'latlong', lonCol: 'lon', latCol: 'lat' },
      point_radius_fixed: { type: 'metric', value: 'count' },
    };

    expect(deckScatterPlugin.validate(saved)).toEqual([]);
    expect(queryContextSchema.parse(deckScatterPlugin.buildQuery(saved)).queries[0]).toMatchObject({
      columns: ['lon', 'lat'],
      metrics: ['count'],
    });
  });

  it('draws a circle per row with a position, sized in meters from the unit', () => {
    const props = transform(
      { ...formData, point_radius_fixed_value: 100, point_unit: 'radius_m', multiplier: 2 },
      [
        { LON: -122.4, LAT: 37.7 },
        { LON: null, LAT: 37.8 },
        { LON: -122.3, LAT: 37.9 },
      ],
    );

    expect(scatterData(props).map((point) => [point.position, point.radius])).toEqual([
      [[-122.4, 37.7], 200],
      [[-122.3, 37.9], 200],
    ]);
    expect(props.bounds).toEqual([
      [-122.4, 37.7],
      [-122.3, 37.9],
    ]);
    expect(props.legend).toBeNull();
  });

  it('sizes by the metric, colours by the dimension with a legend, and names both in the tooltip', () => {
    const props = transform(
      {
        ...formData,
        dimension: 'kind',
        point_radius_fixed_type: 'metric',
        point_radius_fixed_metric: 'count',
        point_unit: 'square_m',
      },
      [
        { LON: 1, LAT: 2, kind: 'bike', count: Math.PI * 100 },
        { LON: 3, LAT: 4, kind: null, count: Math.PI * 400 },
      ],
    );
    const [bike, unknown] = scatterData(props);

    expect(bike?.radius).toBeCloseTo(10);
    expect(unknown?.radius).toBeCloseTo(20);
    expect(bike?.color).not.toEqual(unknown?.color);
    expect(props.legend?.entries.map((entry) => entry.label)).toEqual(['bike', '<NULL>']);
    expect(bike?.tooltip).toEqual(['1, 2', 'kind: bike', 'Count of rides: 314.16']);
  });

  it('uses the fixed colour without a dimension', () => {
    const props = transform({ ...formData, color_picker: { r: 255, g: 0, b: 0, a: 0.5 } }, [
      { LON: 1, LAT: 2 },
    ]);

    expect(scatterData(props)[0]?.color).toEqual([255, 0, 0, 128]);
  });

  it('explains when no row has a position instead of drawing an empty map', () => {
    expect(() => transform(formData, [{ LON: 'x', LAT: null }])).toThrow(
      'None of the 1 rows has a position',
    );
  });

  it('needs a location, and a metric when the size is one', () => {
    expect(
      deckScatterPlugin.validate({ datasource: '3__table', point_radius_fixed_type: 'metric' }),
    ).toEqual([
      { control: 'spatial_lon', message: 'Longitude cannot be empty.' },
      { control: 'spatial_lat', message: 'Latitude cannot be empty.' },
      { control: 'point_radius_fixed_metric', message: 'Point Size metric cannot be empty.' },
    ]);
  });
});

describe('unitToRadius', () => {
  it('turns areas into the radius of a circle and radii into meters', () => {
    expect(unitToRadius('square_m', Math.PI * 25)).toBeCloseTo(5);
    expect(unitToRadius('square_km', Math.PI)).toBeCloseTo(1000);
    expect(unitToRadius('radius_km', 2)).toBe(2000);
    expect(unitToRadius('radius_miles', 1)).toBeCloseTo(1609.34);
  });
});
