import type { AggregationName } from './aggregation';
import type { LngLat, RGBAColor } from './types';

/** Lines shown when the pointer rests on an object. */
type WithTooltip = { tooltip: string[] };

/** One point of a scatter layer: its radius is in meters. */
export interface ScatterDatum extends WithTooltip {
  position: LngLat;
  radius: number;
  color: RGBAColor;
}

/** One arc, from its source to its target. */
export interface ArcDatum extends WithTooltip {
  sourcePosition: LngLat;
  targetPosition: LngLat;
  sourceColor: RGBAColor;
  targetColor: RGBAColor;
}

/** One line of a path layer. */
export interface PathDatum extends WithTooltip {
  path: LngLat[];
  color: RGBAColor;
}

/** One polygon (its outer ring); `elevation` is in meters before the layer's scale. */
export interface PolygonDatum extends WithTooltip {
  polygon: LngLat[];
  fillColor: RGBAColor;
  elevation: number;
}

/** A point with a weight, which aggregation layers combine into cells. */
export interface WeightedPoint {
  position: LngLat;
  weight: number;
}

/** Whether a width is in meters (scales with the map) or screen pixels. */
export type WidthUnits = 'meters' | 'pixels';

/** The settings the cell layers (hexagons, grid) share. */
export interface CellLayerSpec {
  data: WeightedPoint[];
  extruded: boolean;
  colorRange: RGBAColor[];
  /** How a cell's weights become its colour and height. */
  aggregation: AggregationName;
  /** What a point's weight is, for the tooltip ("count" when points are not weighted). */
  weightLabel: string;
}

/**
 * One deck.gl layer as plain data, one variant per layer type; the chart component turns it
 * into the deck.gl layer.
 */
export type LayerSpec =
  | { kind: 'scatter'; data: ScatterDatum[]; radiusMinPixels: number; radiusMaxPixels: number }
  | { kind: 'arc'; data: ArcDatum[]; widthPixels: number }
  | { kind: 'path'; data: PathDatum[]; width: number; widthUnits: WidthUnits }
  | {
      kind: 'polygon';
      data: PolygonDatum[];
      filled: boolean;
      stroked: boolean;
      extruded: boolean;
      lineColor: RGBAColor;
      lineWidth: number;
      lineWidthUnits: WidthUnits;
      elevationScale: number;
      /** 0-1 */
      opacity: number;
    }
  | ({ kind: 'hexagon'; radius: number } & CellLayerSpec)
  | ({ kind: 'grid'; cellSize: number } & CellLayerSpec)
  | {
      kind: 'heatmap';
      data: WeightedPoint[];
      intensity: number;
      radiusPixels: number;
      colorRange: RGBAColor[];
      aggregation: 'SUM' | 'MEAN';
    }
  | {
      kind: 'screengrid';
      data: WeightedPoint[];
      cellSizePixels: number;
      colorRange: RGBAColor[];
      weightLabel: string;
    };
