import { queryContextSchema } from '@superset-ts/shared';
import { describe, expect, it } from 'vitest';
import { chartDataResult } from '../../../testing/chart-data-result';
import type { DeckChartProps } from '../common/types';
import { deckHeatmapPlugin } from '.';

const formData = {
  datasource: '3__table',
  viz_type: 'deck_heatmap',
  spatial_lon: 'x',
  spatial_lat: 'y',
};

describe('deck_heatmap', () => {
  it('queries the locations with their weight', () => {
    const [query] = queryContextSchema.parse(
      deckHeatmapPlugin.buildQuery({ ...formData, size: 'count' }),
    ).queries;

    expect(query).toMatchObject({ columns: ['x', 'y'], metrics: ['count'] });
  });

  it('blends the weighted points with the intensity, radius and aggregation chosen', () => {
    const props = deckHeatmapPlugin.transformProps(
      { ...formData, intensity: '0.5', radius_pixels: 40, aggregation: 'mean' },
      [
        chartDataResult(
          ['x', 'y'],
          [0, 0],
          [
            { x: 10, y: 20 },
            { x: 11, y: 21 },
          ],
        ),
      ],
      {},
    ) as DeckChartProps;

    expect(props.layer).toMatchObject({
      kind: 'heatmap',
      intensity: 0.5,
      radiusPixels: 40,
      aggregation: 'MEAN',
    });
    expect(props.layer.kind === 'heatmap' && props.layer.colorRange).toHaveLength(6);
    expect(props.bounds).toEqual([
      [10, 20],
      [11, 21],
    ]);
  });

  it('needs a location', () => {
    expect(deckHeatmapPlugin.validate({}).map((error) => error.control)).toEqual([
      'spatial_lon',
      'spatial_lat',
    ]);
  });
});
