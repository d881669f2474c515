import {
  GridLayer,
  HeatmapLayer,
  HexagonLayer,
  ScreenGridLayer,
} from '@deck.gl/aggregation-layers';
import type { Layer } from '@deck.gl/core';
import { ArcLayer, PathLayer, PolygonLayer, ScatterplotLayer } from '@deck.gl/layers';
import {
  arcLayerProps,
  gridLayerProps,
  heatmapLayerProps,
  hexagonLayerProps,
  pathLayerProps,
  polygonLayerProps,
  scatterLayerProps,
  screenGridLayerProps,
} from './layer-props';
import type { LayerSpec, WeightedPoint } from './layer-spec';

/** The deck.gl layer of a layer spec (only the chart component, loaded lazily, imports this). */
export function createDeckLayer(spec: LayerSpec): Layer {
  switch (spec.kind) {
    case 'scatter':
      return new ScatterplotLayer(scatterLayerProps(spec));
    case 'arc':
      return new ArcLayer(arcLayerProps(spec));
    case 'path':
      return new PathLayer(pathLayerProps(spec));
    case 'polygon':
      return new PolygonLayer(polygonLayerProps(spec));
    case 'hexagon':
      return new HexagonLayer<WeightedPoint>(hexagonLayerProps(spec));
    case 'grid':
      return new GridLayer<WeightedPoint>(gridLayerProps(spec));
    case 'heatmap':
      return new HeatmapLayer<WeightedPoint>(heatmapLayerProps(spec));
    case 'screengrid':
      return new ScreenGridLayer<WeightedPoint>(screenGridLayerProps(spec));
  }
}
