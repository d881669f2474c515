import { describe, expect, it } from 'vitest';
import type { Accessor, AccessorFunction } from '@deck.gl/core';
import type { LayerSpec, ScatterDatum, WeightedPoint } from './layer-spec';
import {
  cellValue,
  hexagonLayerProps,
  polygonLayerProps,
  scatterLayerProps,
  screenGridLayerProps,
} from './layer-props';
import { tooltipText } from './tooltip';

/** Calls a deck.gl accessor that is a function (the layers' accessors all are). */
function callAccessor<In, Out>(accessor: Accessor<In, Out> | undefined, datum: In): Out {
  if (typeof accessor !== 'function') throw new Error('the accessor is not a function');
  const call = accessor as AccessorFunction<In, Out>;
  return call(datum, { index: 0, data: [datum], target: [] });
}

const points: WeightedPoint[] = [
  { position: [0, 0], weight: 1 },
  { position: [0, 0], weight: 5 },
  { position: [0, 0], weight: 3 },
];

describe('deck.gl layer props', () => {
  it('draws scatter circles in meters, from each point, within the pixel limits', () => {
    const datum: ScatterDatum = {
      position: [2, 48],
      radius: 30,
      color: [1, 2, 3, 255],
      tooltip: [],
    };
    const props = scatterLayerProps({
      kind: 'scatter',
      data: [datum],
      radiusMinPixels: 2,
      radiusMaxPixels: 50,
    });

    expect(props).toMatchObject({
      radiusUnits: 'meters',
      radiusMinPixels: 2,
      radiusMaxPixels: 50,
      pickable: true,
    });
    expect(callAccessor(props.getRadius, datum)).toBe(30);
    expect(callAccessor(props.getFillColor, datum)).toEqual([1, 2, 3, 255]);
  });

  it("colours and raises hexagons by the chosen aggregation of their points' weights", () => {
    const props = hexagonLayerProps({
      kind: 'hexagon',
      data: points,
      radius: 500,
      extruded: true,
      colorRange: [[0, 0, 0, 255]],
      aggregation: 'median',
      weightLabel: 'Count',
    });

    expect(props).toMatchObject({ radius: 500, extruded: true, gpuAggregation: false });
    const getColorValue = props.getColorValue as (cell: WeightedPoint[]) => number;
    expect(getColorValue(points)).toBe(3);
  });

  it('leaves a cell without a value undrawn (NaN)', () => {
    expect(cellValue('variance')([{ position: [0, 0], weight: 2 }])).toBeNaN();
  });

  it('sums weights into screen cells of the chosen size', () => {
    const props = screenGridLayerProps({
      kind: 'screengrid',
      data: points,
      cellSizePixels: 25,
      colorRange: [[0, 0, 0, 255]],
      weightLabel: 'Count',
    });

    expect(props).toMatchObject({ cellSizePixels: 25, aggregation: 'SUM' });
    expect(callAccessor(props.getWeight, points[1] as WeightedPoint)).toBe(5);
  });

  it('draws polygon outlines at least a pixel wide only when stroked', () => {
    const spec = {
      kind: 'polygon',
      data: [],
      filled: true,
      stroked: false,
      extruded: true,
      lineColor: [0, 0, 0, 255],
      lineWidth: 1,
      lineWidthUnits: 'pixels',
      elevationScale: 2,
      opacity: 0.8,
    } satisfies LayerSpec;

    expect(polygonLayerProps(spec)).toMatchObject({
      lineWidthMinPixels: 0,
      elevationScale: 2,
      opacity: 0.8,
    });
    expect(polygonLayerProps({ ...spec, stroked: true })).toMatchObject({ lineWidthMinPixels: 1 });
  });
});

describe('tooltipText', () => {
  it('shows the lines prepared for a drawn object', () => {
    const layer: LayerSpec = { kind: 'arc', data: [], widthPixels: 1 };

    expect(tooltipText(layer, { object: { tooltip: ['Start: 1, 2', 'End: 3, 4'] } })).toBe(
      'Start: 1, 2\nEnd: 3, 4',
    );
    expect(tooltipText(layer, { object: undefined })).toBeNull();
  });

  it("shows a cell's value and its number of points", () => {
    const layer: LayerSpec = {
      kind: 'grid',
      data: [],
      cellSize: 1000,
      extruded: false,
      colorRange: [],
      aggregation: 'sum',
      weightLabel: 'Population',
    };

    expect(
      tooltipText(layer, { object: { colorValue: 12500, count: 3 }, coordinate: [2.35, 48.8566] }),
    ).toBe('2.35, 48.8566\nPopulation: 12.5k\nPoints: 3');
  });
});
