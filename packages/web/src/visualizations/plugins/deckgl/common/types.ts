import type { LayerSpec } from './layer-spec';
import type { Bounds, Viewport } from './viewport';

/** `[longitude, latitude]`, deck.gl's position. */
export type LngLat = [number, number];

/** A colour as deck.gl takes it: red, green, blue and alpha, each 0-255. */
export type RGBAColor = [number, number, number, number];

/** A colour as Superset's colour picker control stores it (alpha 0-1). */
export interface PickerColor {
  r: number;
  g: number;
  b: number;
  a: number;
}

/** The corner a legend is drawn in (Superset's `legend_position`). */
export type LegendPosition = 'tl' | 'tr' | 'bl' | 'br';

/** One line of a legend: a colour swatch and what it stands for. */
export interface LegendEntry {
  label: string;
  color: RGBAColor;
}

/** A legend over the map. */
export interface LegendSpec {
  position: LegendPosition;
  entries: LegendEntry[];
}

/**
 * What the deck.gl chart component draws: one layer over a base map. Built by each layer's
 * transformProps from form data and query results; plain data, so it can be tested without
 * WebGL.
 */
export interface DeckChartProps {
  layer: LayerSpec;
  /** The `mapbox_style` value; the component resolves it with the server's Mapbox key. */
  mapStyle: string;
  /** The saved viewport: where the map opens when it does not fit the data. */
  viewport: Viewport;
  /** Whether the map zooms to the data (`autozoom`). */
  autozoom: boolean;
  /** The extent of the data, null when nothing has a position. */
  bounds: Bounds | null;
  legend: LegendSpec | null;
  /** What the chart shows, for screen readers. */
  ariaLabel: string;
}
