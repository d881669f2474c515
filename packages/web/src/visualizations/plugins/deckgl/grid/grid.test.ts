import { queryContextSchema } from '@superset-ts/shared';
import { describe, expect, it } from 'vitest';
import { chartDataResult } from '../../../testing/chart-data-result';
import type { DeckChartProps } from '../common/types';
import { deckGridPlugin } from '.';

const formData = {
  datasource: '3__table',
  viz_type: 'deck_grid',
  spatial: { type: 'geohash', geohashCol: 'geohash' },
  size: 'count',
};

describe('deck_grid', () => {
  it('queries the weight per location', () => {
    const [query] = queryContextSchema.parse(deckGridPlugin.buildQuery(formData)).queries;

    expect(query).toMatchObject({
      columns: ['geohash'],
      metrics: ['count'],
      orderby: [['count', false]],
    });
  });

  it('bins the points into cells of the grid size in meters, using the categorical scheme when saved so', () => {
    const props = deckGridPlugin.transformProps(
      { ...formData, grid_size: '500', color_scheme_type: 'categorical_palette' },
      [chartDataResult(['geohash', 'count'], [1, 0], [{ geohash: 'u09tvw0', count: 7 }])],
      {},
    ) as DeckChartProps;

    expect(props.layer).toMatchObject({
      kind: 'grid',
      cellSize: 500,
      extruded: true,
      aggregation: 'sum',
    });
    expect(props.layer.kind === 'grid' && props.layer.data[0]?.weight).toBe(7);
    expect(props.layer.kind === 'grid' && props.layer.colorRange.length).toBeGreaterThan(6);
  });

  it('needs the geohash column of a geohash location', () => {
    expect(deckGridPlugin.validate({ spatial_type: 'geohash' })).toEqual([
      { control: 'spatial_geohash', message: 'Geohash column cannot be empty.' },
    ]);
  });
});
