import { queryContextSchema } from '@superset-ts/shared';
import { describe, expect, it } from 'vitest';
import { chartDataResult } from '../../../testing/chart-data-result';
import type { DeckChartProps } from '../common/types';
import { deckHexPlugin } from '.';

const formData = {
  datasource: '3__table',
  viz_type: 'deck_hex',
  spatial_type: 'delimited',
  spatial_lonlat: 'lonlat',
};

describe('deck_hex', () => {
  it('queries raw locations, or each location with its weight metric', () => {
    const raw = queryContextSchema.parse(deckHexPlugin.buildQuery(formData)).queries[0];
    const weighted = queryContextSchema.parse(
      deckHexPlugin.buildQuery({ ...formData, size: 'sum__population' }),
    ).queries[0];

    expect(raw).toMatchObject({
      columns: ['lonlat'],
      filters: [{ col: 'lonlat', op: 'IS NOT NULL' }],
    });
    expect(raw?.metrics).toBeUndefined();
    expect(weighted).toMatchObject({ columns: ['lonlat'], metrics: ['sum__population'] });
  });

  it('bins weighted points into hexagons of the grid size, coloured along the linear scheme', () => {
    const props = deckHexPlugin.transformProps(
      {
        ...formData,
        size: 'sum__population',
        grid_size: 250,
        js_agg_function: 'max',
        extruded: false,
      },
      [
        chartDataResult(
          ['lonlat', 'sum__population'],
          [1, 0],
          [
            { lonlat: '2.35,48.85', sum__population: 10 },
            { lonlat: '2.36,48.86', sum__population: null },
            { lonlat: 'nowhere', sum__population: 3 },
          ],
        ),
      ],
      { verboseMap: { sum__population: 'Population' } },
    ) as DeckChartProps;

    expect(props.layer).toMatchObject({
      kind: 'hexagon',
      data: [{ position: [2.35, 48.85], weight: 10 }],
      radius: 250,
      extruded: false,
      aggregation: 'max',
      weightLabel: 'Population',
    });
    expect(props.layer.kind === 'hexagon' && props.layer.colorRange).toHaveLength(6);
  });

  it('counts each row once without a weight metric, with a fixed colour when chosen', () => {
    const props = deckHexPlugin.transformProps(
      { ...formData, color_scheme_type: 'fixed_color', color_picker: { r: 1, g: 2, b: 3, a: 1 } },
      [chartDataResult(['lonlat'], [1], [{ lonlat: '1,2' }])],
      {},
    ) as DeckChartProps;

    expect(props.layer).toMatchObject({
      data: [{ position: [1, 2], weight: 1 }],
      weightLabel: 'Count',
      colorRange: [[1, 2, 3, 255]],
      radius: 1000,
    });
  });

  it('needs the location column', () => {
    expect(deckHexPlugin.validate({ spatial_type: 'delimited' })).toEqual([
      { control: 'spatial_lonlat', message: 'Longitude & latitude column cannot be empty.' },
    ]);
  });
});
