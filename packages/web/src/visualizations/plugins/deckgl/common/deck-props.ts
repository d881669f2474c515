import { stringValue, type ChartFormData } from '../../../core/form-data';
import { DEFAULT_MAP_STYLE } from '../../../geo/map-style/map-style-options';
import type { LayerSpec } from './layer-spec';
import type { DeckChartProps, LegendEntry, LegendPosition, LegendSpec, LngLat } from './types';
import { boundsOf, readViewport } from './viewport';

/** Thrown by transformProps when no row has something the layer can draw. */
export class NothingToDrawError extends Error {
  constructor(rowCount: number, what: string) {
    super(
      `None of the ${rowCount} rows has ${what} that can be read. Check the columns chosen for the location and their format.`,
    );
    this.name = 'NothingToDrawError';
  }
}

const LEGEND_POSITIONS: readonly LegendPosition[] = ['tl', 'tr', 'bl', 'br'];

/** Where the legend goes, or null for none (`legend_position`, top right by default). */
export function readLegendPosition(formData: ChartFormData): LegendPosition | null {
  const value = formData.legend_position;
  if (value === undefined) return 'tr';
  return LEGEND_POSITIONS.find((position) => position === value) ?? null;
}

/** A legend of these entries, or null when there is nothing to explain or it is turned off. */
export function buildLegend(formData: ChartFormData, entries: LegendEntry[]): LegendSpec | null {
  const position = readLegendPosition(formData);
  return position && entries.length > 0 ? { position, entries } : null;
}

/** What every deck.gl chart's props hold besides its layer and legend. */
export interface DeckChartPropsInput {
  layer: LayerSpec;
  /** The positions the map fits when zooming to the data. */
  points: Iterable<LngLat>;
  legend?: LegendSpec | null;
  ariaLabel: string;
}

/** The chart component's props: the layer, the base map, the viewport and the data's extent. */
export function buildDeckChartProps(
  formData: ChartFormData,
  { layer, points, legend = null, ariaLabel }: DeckChartPropsInput,
): DeckChartProps {
  return {
    layer,
    mapStyle: stringValue(formData.mapbox_style) ?? DEFAULT_MAP_STYLE,
    viewport: readViewport(formData),
    autozoom: formData.autozoom !== false,
    bounds: boundsOf(points),
    legend,
    ariaLabel,
  };
}
