import { queryContextSchema } from '@superset-ts/shared';
import { beforeEach, describe, expect, it } from 'vitest';
import { getLabelColors } from '../../../color/label-colors';
import { chartDataResult } from '../../../testing/chart-data-result';
import type { DeckChartProps } from '../common/types';
import { deckArcPlugin } from '.';

const formData = {
  datasource: '3__table',
  viz_type: 'deck_arc',
  start_spatial_lon: 'LONGITUDE',
  start_spatial_lat: 'LATITUDE',
  end_spatial_type: 'delimited',
  end_spatial_lonlat: 'DEST',
  color_picker: { r: 0, g: 0, b: 255, a: 1 },
  target_color_picker: { r: 255, g: 0, b: 0, a: 1 },
  stroke_width: 3,
};

const rows = [
  { LONGITUDE: -122.4, LATITUDE: 37.6, DEST: '-73.8,40.6', airline: 'AA' },
  { LONGITUDE: -118.4, LATITUDE: 33.9, DEST: null, airline: 'UA' },
];

describe('deck_arc', () => {
  beforeEach(() => getLabelColors().reset());

  it('queries the raw rows of both ends and the dimension, dropping rows missing an end', () => {
    const [query] = queryContextSchema.parse(
      deckArcPlugin.buildQuery({ ...formData, dimension: 'airline' }),
    ).queries;

    expect(query).toMatchObject({
      columns: ['LONGITUDE', 'LATITUDE', 'DEST', 'airline'],
      filters: [
        { col: 'LONGITUDE', op: 'IS NOT NULL' },
        { col: 'LATITUDE', op: 'IS NOT NULL' },
        { col: 'DEST', op: 'IS NOT NULL' },
      ],
    });
    expect(query?.metrics).toBeUndefined();
  });

  it('draws an arc from start to end in the source and target colours', () => {
    const props = deckArcPlugin.transformProps(
      formData,
      [chartDataResult(['LONGITUDE', 'LATITUDE', 'DEST', 'airline'], [], rows)],
      {},
    ) as DeckChartProps;

    expect(props.layer).toMatchObject({
      kind: 'arc',
      widthPixels: 3,
      data: [
        {
          sourcePosition: [-122.4, 37.6],
          targetPosition: [-73.8, 40.6],
          sourceColor: [0, 0, 255, 255],
          targetColor: [255, 0, 0, 255],
          tooltip: ['Start: -122.4, 37.6', 'End: -73.8, 40.6'],
        },
      ],
    });
    expect(props.bounds).toEqual([
      [-122.4, 37.6],
      [-73.8, 40.6],
    ]);
  });

  it('colours each arc by its category, listed in the legend', () => {
    const props = deckArcPlugin.transformProps(
      { ...formData, dimension: 'airline', legend_position: 'bl' },
      [
        chartDataResult(
          ['LONGITUDE', 'LATITUDE', 'DEST', 'airline'],
          [],
          [rows[0] as Record<string, unknown>],
        ),
      ],
      { verboseMap: { airline: 'Airline' } },
    ) as DeckChartProps;
    const arc = props.layer.kind === 'arc' ? props.layer.data[0] : undefined;

    expect(arc?.sourceColor).toEqual(arc?.targetColor);
    expect(arc?.tooltip).toContain('Airline: AA');
    expect(props.legend).toEqual({
      position: 'bl',
      entries: [{ label: 'AA', color: arc?.sourceColor }],
    });
  });

  it('needs both ends', () => {
    expect(deckArcPlugin.validate({ start_spatial_lon: 'a', start_spatial_lat: 'b' })).toEqual([
      { control: 'end_spatial_lon', message: 'End longitude cannot be empty.' },
      { control: 'end_spatial_lat', message: 'End latitude cannot be empty.' },
    ]);
  });
});
