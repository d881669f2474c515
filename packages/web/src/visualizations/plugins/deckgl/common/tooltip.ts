import { getNumberFormatter } from '../../../formatting/number-formatter';
import type { LayerSpec } from './layer-spec';
import type { LngLat } from './types';

const formatNumber = getNumberFormatter();
const formatCoordinate = (value: number) => String(Math.round(value * 1e6) / 1e6);

/** A position as "longitude, latitude" rounded to six decimals (about 10 cm). */
export function positionText([lng, lat]: LngLat): string {
  return `${formatCoordinate(lng)}, ${formatCoordinate(lat)}`;
}

/** What deck.gl reports about the object under the pointer. */
export interface HoverInfo {
  object?: unknown;
  /** The map position under the pointer. */
  coordinate?: readonly number[] | null;
}

const field = (object: unknown, key: string): unknown =>
  object && typeof object === 'object' ? (object as Record<string, unknown>)[key] : undefined;

const numberField = (object: unknown, key: string): number | null => {
  const value = field(object, key);
  return typeof value === 'number' && Number.isFinite(value) ? value : null;
};

function pointerLine(info: HoverInfo): string[] {
  const [lng, lat] = info.coordinate ?? [];
  return typeof lng === 'number' && typeof lat === 'number' ? [positionText([lng, lat])] : [];
}

function cellLines(info: HoverInfo, weightLabel: string, valueKeys: string[]): string[] {
  const count = numberField(info.object, 'count');
  const value = valueKeys.map((key) => numberField(info.object, key)).find((v) => v !== null);
  return [
    ...pointerLine(info),
    ...(value !== undefined && value !== null ? [`${weightLabel}: ${formatNumber(value)}`] : []),
    ...(count !== null ? [`Points: ${formatNumber(count)}`] : []),
  ];
}

/**
 * The tooltip text of the object under the pointer: the lines transformProps prepared for a
 * drawn object, or the value and point count of an aggregated cell. Null when nothing is
 * under the pointer (the heatmap blends points, so it has no tooltip).
 */
export function tooltipText(layer: LayerSpec, info: HoverInfo): string | null {
  if (!info.object) return null;
  let lines: string[];
  switch (layer.kind) {
    case 'scatter':
    case 'arc':
    case 'path':
    case 'polygon': {
      const prepared = field(info.object, 'tooltip');
      lines = Array.isArray(prepared) ? prepared.map(String) : [];
      break;
    }
    case 'hexagon':
    case 'grid':
      lines = cellLines(info, layer.weightLabel, ['colorValue', 'elevationValue']);
      break;
    case 'screengrid':
      lines = cellLines(info, layer.weightLabel, ['value']);
      break;
    case 'heatmap':
      lines = [];
      break;
  }
  return lines.length > 0 ? lines.join('\n') : null;
}
