import { queryContextSchema } from '@superset-ts/shared';
import { describe, expect, it } from 'vitest';
import { chartDataResult } from '../../../testing/chart-data-result';
import type { DeckChartProps } from '../common/types';
import { deckPathPlugin } from '.';

const formData = { datasource: '3__table', viz_type: 'deck_path', line_column: 'path_json' };

describe('deck_path', () => {
  it('queries the raw rows of the line column', () => {
    const [query] = queryContextSchema.parse(deckPathPlugin.buildQuery(formData)).queries;

    expect(query).toMatchObject({
      columns: ['path_json'],
      filters: [{ col: 'path_json', op: 'IS NOT NULL' }],
    });
    expect(query?.metrics).toBeUndefined();
  });

  it('draws a line per row decoded from JSON, in the colour and width chosen', () => {
    const props = deckPathPlugin.transformProps(
      {
        ...formData,
        color_picker: { r: 10, g: 20, b: 30, a: 1 },
        line_width: 150,
        line_width_unit: 'meters',
      },
      [
        chartDataResult(
          ['path_json'],
          [1],
          [
            { path_json: '[[-122.4, 37.8], [-122.3, 37.7], [-122.2, 37.6]]' },
            { path_json: 'oops' },
          ],
        ),
      ],
      {},
    ) as DeckChartProps;

    expect(props.layer).toMatchObject({
      kind: 'path',
      width: 150,
      widthUnits: 'meters',
      data: [
        {
          path: [
            [-122.4, 37.8],
            [-122.3, 37.7],
            [-122.2, 37.6],
          ],
          color: [10, 20, 30, 255],
          tooltip: ['Points: 3', 'Start: -122.4, 37.8', 'End: -122.2, 37.6'],
        },
      ],
    });
    expect(props.bounds).toEqual([
      [-122.4, 37.6],
      [-122.2, 37.8],
    ]);
  });

  it('decodes polylines, swapping their [lat, lng] pairs when asked', () => {
    const props = deckPathPlugin.transformProps(
      { ...formData, line_type: 'polyline', reverse_long_lat: true },
      [chartDataResult(['path_json'], [1], [{ path_json: '_p~iF~ps|U_ulLnnqC' }])],
      {},
    ) as DeckChartProps;

    expect(props.layer.kind === 'path' && props.layer.data[0]?.path).toEqual([
      [-120.2, 38.5],
      [-120.95, 40.7],
    ]);
  });

  it('explains when no row holds a line', () => {
    expect(() =>
      deckPathPlugin.transformProps(
        formData,
        [chartDataResult(['path_json'], [1], [{ path_json: '' }])],
        {},
      ),
    ).toThrow('None of the 1 rows has a json line');
  });

  it('needs the line column', () => {
    expect(deckPathPlugin.validate({})).toEqual([
      { control: 'line_column', message: 'Lines column cannot be empty.' },
    ]);
  });
});
