import { queryContextSchema } from '@superset-ts/shared';
import { describe, expect, it } from 'vitest';
import { chartDataResult } from '../../../testing/chart-data-result';
import type { DeckChartProps } from '../common/types';
import { deckScreengridPlugin } from '.';

const formData = {
  datasource: '3__table',
  viz_type: 'deck_screengrid',
  spatial_lon: 'x',
  spatial_lat: 'y',
};

describe('deck_screengrid', () => {
  it('queries the raw locations when no weight is chosen', () => {
    const [query] = queryContextSchema.parse(deckScreengridPlugin.buildQuery(formData)).queries;

    expect(query?.columns).toEqual(['x', 'y']);
    expect(query?.metrics).toBeUndefined();
  });

  it('sums the points into cells of the pixel size chosen, Superset\'s "default" colours as the gradient', () => {
    const props = deckScreengridPlugin.transformProps(
      { ...formData, grid_size: 40, color_scheme_type: 'default' },
      [chartDataResult(['x', 'y'], [0, 0], [{ x: 1, y: 1 }])],
      {},
    ) as DeckChartProps;

    expect(props.layer).toMatchObject({
      kind: 'screengrid',
      cellSizePixels: 40,
      weightLabel: 'Count',
    });
    expect(props.layer.kind === 'screengrid' && props.layer.colorRange).toHaveLength(6);
  });

  it('needs a location', () => {
    expect(deckScreengridPlugin.validate({ spatial_lon: 'x' })).toEqual([
      { control: 'spatial_lat', message: 'Latitude cannot be empty.' },
    ]);
  });
});
