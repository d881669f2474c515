import type {
  GridLayer,
  HeatmapLayer,
  HexagonLayer,
  ScreenGridLayer,
} from '@deck.gl/aggregation-layers';
import type {
  ArcLayerProps,
  PathLayerProps,
  PolygonLayerProps,
  ScatterplotLayerProps,
} from '@deck.gl/layers';
import { aggregate, type AggregationName } from './aggregation';
import type {
  ArcDatum,
  LayerSpec,
  PathDatum,
  PolygonDatum,
  ScatterDatum,
  WeightedPoint,
} from './layer-spec';

/** The id of the chart's single deck.gl layer, by kind (a new kind replaces the old layer). */
export const layerId = (kind: LayerSpec['kind']) => `deck-${kind}`;

type Spec<K extends LayerSpec['kind']> = Extract<LayerSpec, { kind: K }>;

/** What every layer's props start with: its id and its data. */
function layerBase<S extends LayerSpec>(spec: S): { id: string; data: S['data'] } {
  return { id: layerId(spec.kind), data: spec.data };
}

// deck.gl's aggregation layer constructors take a narrower type than their exported props
// types (their `onHover` may not be null), so their props are typed from the constructors.
type HexagonLayerProps = ConstructorParameters<typeof HexagonLayer<WeightedPoint>>[0];
type GridLayerProps = ConstructorParameters<typeof GridLayer<WeightedPoint>>[0];
type HeatmapLayerProps = ConstructorParameters<typeof HeatmapLayer<WeightedPoint>>[0];
type ScreenGridLayerProps = ConstructorParameters<typeof ScreenGridLayer<WeightedPoint>>[0];

/** The props of the ScatterplotLayer: circles of a radius in meters, kept between the pixel limits. */
export function scatterLayerProps(spec: Spec<'scatter'>): ScatterplotLayerProps<ScatterDatum> {
  return {
    ...layerBase(spec),
    getPosition: (datum) => datum.position,
    getRadius: (datum) => datum.radius,
    getFillColor: (datum) => datum.color,
    radiusUnits: 'meters',
    radiusMinPixels: spec.radiusMinPixels,
    radiusMaxPixels: spec.radiusMaxPixels,
    stroked: false,
    pickable: true,
  };
}

/** The props of the ArcLayer: each arc fades from its source colour to its target colour. */
export function arcLayerProps(spec: Spec<'arc'>): ArcLayerProps<ArcDatum> {
  return {
    ...layerBase(spec),
    getSourcePosition: (datum) => datum.sourcePosition,
    getTargetPosition: (datum) => datum.targetPosition,
    getSourceColor: (datum) => datum.sourceColor,
    getTargetColor: (datum) => datum.targetColor,
    getWidth: spec.widthPixels,
    widthUnits: 'pixels',
    pickable: true,
  };
}

/** The props of the PathLayer: at least one pixel wide, so thin lines stay visible when zoomed out. */
export function pathLayerProps(spec: Spec<'path'>): PathLayerProps<PathDatum> {
  return {
    ...layerBase(spec),
    getPath: (datum) => datum.path,
    getColor: (datum) => datum.color,
    getWidth: spec.width,
    widthUnits: spec.widthUnits,
    widthMinPixels: 1,
    capRounded: true,
    jointRounded: true,
    pickable: true,
  };
}

/** The props of the PolygonLayer. */
export function polygonLayerProps(spec: Spec<'polygon'>): PolygonLayerProps<PolygonDatum> {
  return {
    ...layerBase(spec),
    getPolygon: (datum) => datum.polygon,
    getFillColor: (datum) => datum.fillColor,
    getLineColor: spec.lineColor,
    getLineWidth: spec.lineWidth,
    lineWidthUnits: spec.lineWidthUnits,
    lineWidthMinPixels: spec.stroked ? 1 : 0,
    getElevation: (datum) => datum.elevation,
    elevationScale: spec.elevationScale,
    extruded: spec.extruded,
    filled: spec.filled,
    stroked: spec.stroked,
    opacity: spec.opacity,
    pickable: true,
  };
}

/**
 * A cell's value from its points' weights; NaN when the aggregation gives none, which
 * deck.gl leaves undrawn.
 */
export function cellValue(name: AggregationName) {
  return (points: readonly WeightedPoint[]): number =>
    aggregate(
      name,
      points.map((point) => point.weight),
    ) ?? Number.NaN;
}

/**
 * The props the CPU-aggregated cell layers share: every Superset aggregation (median,
 * percentiles, ...) is available and software WebGL suffices.
 */
function cellLayerProps(spec: Spec<'hexagon'> | Spec<'grid'>) {
  const value = cellValue(spec.aggregation);
  return {
    ...layerBase(spec),
    getPosition: (point: WeightedPoint) => point.position,
    extruded: spec.extruded,
    colorRange: spec.colorRange,
    gpuAggregation: false,
    getColorValue: value,
    getElevationValue: value,
    pickable: true,
  };
}

/** The props of the HexagonLayer, aggregated on the CPU. */
export function hexagonLayerProps(spec: Spec<'hexagon'>): HexagonLayerProps {
  return { ...cellLayerProps(spec), radius: spec.radius };
}

/** The props of the GridLayer, aggregated like the hexagons. */
export function gridLayerProps(spec: Spec<'grid'>): GridLayerProps {
  return { ...cellLayerProps(spec), cellSize: spec.cellSize };
}

/** The props of the HeatmapLayer (points blended on the GPU, so it is not pickable). */
export function heatmapLayerProps(spec: Spec<'heatmap'>): HeatmapLayerProps {
  return {
    ...layerBase(spec),
    getPosition: (point) => point.position,
    getWeight: (point) => point.weight,
    intensity: spec.intensity,
    radiusPixels: spec.radiusPixels,
    colorRange: spec.colorRange,
    aggregation: spec.aggregation,
    threshold: 0.03,
    opacity: 0.8,
  };
}

/** The props of the ScreenGridLayer: cells of a fixed size on screen, summing the weights. */
export function screenGridLayerProps(spec: Spec<'screengrid'>): ScreenGridLayerProps {
  return {
    ...layerBase(spec),
    getPosition: (point) => point.position,
    getWeight: (point) => point.weight,
    cellSizePixels: spec.cellSizePixels,
    colorRange: spec.colorRange,
    aggregation: 'SUM',
    gpuAggregation: false,
    pickable: true,
  };
}
