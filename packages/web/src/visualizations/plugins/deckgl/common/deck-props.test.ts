import { queryObjectSchema } from '@superset-ts/shared';
import { describe, expect, it } from 'vitest';
import { buildDeckChartProps, buildLegend } from './deck-props';
import type { LayerSpec } from './layer-spec';
import { buildDeckQueryObject } from './query';
import { boundsOf, DEFAULT_VIEWPORT, readViewport } from './viewport';

describe('buildDeckQueryObject', () => {
  it('reads raw rows without a metric and drops rows without a location', () => {
    const query = queryObjectSchema.parse(
      buildDeckQueryObject(
        { row_limit: 5000 },
        { columns: ['LON', 'LAT', undefined, 'LON'], locationColumns: ['LON', 'LAT'] },
      ),
    );

    expect(query.columns).toEqual(['LON', 'LAT']);
    expect(query.metrics).toBeUndefined();
    expect(query.filters).toEqual([
      { col: 'LON', op: 'IS NOT NULL' },
      { col: 'LAT', op: 'IS NOT NULL' },
    ]);
    expect(query).toMatchObject({ row_limit: 5000, is_timeseries: false });
  });

  it('aggregates by the columns with the metrics, largest first, keeping nulls when asked', () => {
    const query = buildDeckQueryObject(
      { filter_nulls: false },
      { columns: ['geo'], metrics: ['count', null, 'count'], locationColumns: ['geo'] },
    );

    expect(query).toMatchObject({ metrics: ['count'], orderby: [['count', false]], filters: [] });
  });
});

describe('the viewport', () => {
  it("reads the flat controls, then Superset's saved viewport, then the default", () => {
    expect(readViewport({})).toEqual(DEFAULT_VIEWPORT);
    expect(
      readViewport({
        viewport: { longitude: -122.4, latitude: 37.7, zoom: 11, pitch: 40 },
        viewport_zoom: '9',
      }),
    ).toEqual({ longitude: -122.4, latitude: 37.7, zoom: 9, bearing: 0, pitch: 40 });
  });

  it('keeps values a map can show', () => {
    expect(readViewport({ viewport_latitude: 95, viewport_pitch: 80 })).toMatchObject({
      latitude: 85,
      pitch: 60,
    });
  });

  it('bounds the data for auto zoom', () => {
    expect(
      boundsOf([
        [2, 48],
        [-1, 50],
        [3, 45],
      ]),
    ).toEqual([
      [-1, 45],
      [3, 50],
    ]);
    expect(boundsOf([])).toBeNull();
  });
});

describe('buildDeckChartProps', () => {
  const layer: LayerSpec = { kind: 'arc', data: [], widthPixels: 1 };

  it('zooms to the data unless auto zoom is off, on the chosen base map', () => {
    const props = buildDeckChartProps(
      { mapbox_style: 'offline://world-dark', autozoom: false },
      { layer, points: [[1, 2]], ariaLabel: 'Arcs' },
    );

    expect(props).toMatchObject({
      mapStyle: 'offline://world-dark',
      autozoom: false,
      bounds: [
        [1, 2],
        [1, 2],
      ],
    });
  });

  it('shows a legend in the chosen corner, or none', () => {
    const entries = [{ label: 'a', color: [0, 0, 0, 255] as [number, number, number, number] }];

    expect(buildLegend({}, entries)?.position).toBe('tr');
    expect(buildLegend({ legend_position: 'bl' }, entries)?.position).toBe('bl');
    expect(buildLegend({ legend_position: 'none' }, entries)).toBeNull();
    expect(buildLegend({}, [])).toBeNull();
  });
});
