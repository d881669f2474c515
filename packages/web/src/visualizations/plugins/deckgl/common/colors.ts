import { getCategoricalScheme } from '../../../color/categorical-schemes';
import { getSequentialScheme, sequentialColor } from '../../../color/sequential-schemes';
import type { PickerColor, RGBAColor } from './types';

/** Superset's default deck.gl colour (its `PRIMARY_COLOR`, a teal). */
export const PRIMARY_COLOR: Readonly<PickerColor> = { r: 0, g: 122, b: 135, a: 1 };

const channel = (value: unknown, fallback: number, max: number) =>
  typeof value === 'number' && Number.isFinite(value)
    ? Math.min(max, Math.max(0, value))
    : fallback;

/** A colour picker value (`{ r, g, b, a }`, alpha 0-1) as deck.gl's RGBA, else the fallback. */
export function toRgba(value: unknown, fallback: Readonly<PickerColor> = PRIMARY_COLOR): RGBAColor {
  const color = value && typeof value === 'object' ? (value as Record<string, unknown>) : {};
  return [
    Math.round(channel(color.r, fallback.r, 255)),
    Math.round(channel(color.g, fallback.g, 255)),
    Math.round(channel(color.b, fallback.b, 255)),
    Math.round(channel(color.a, fallback.a, 1) * 255),
  ];
}

/** `#rrggbb` as deck.gl's RGBA. */
export function hexToRgba(hex: string, alpha = 255): RGBAColor {
  const value = Number.parseInt(hex.replace('#', '').slice(0, 6), 16);
  if (Number.isNaN(value)) return [0, 0, 0, alpha];
  return [(value >> 16) & 255, (value >> 8) & 255, value & 255, alpha];
}

/** A categorical scheme's colours, as the colour range of an aggregation layer. */
export function categoricalColorRange(schemeId: unknown): RGBAColor[] {
  const scheme = getCategoricalScheme(typeof schemeId === 'string' ? schemeId : undefined);
  return scheme.colors.map((color) => hexToRgba(color));
}

/** `steps` colours evenly spread along a sequential scheme, low to high. */
export function sequentialColorRange(schemeId: unknown, steps: number): RGBAColor[] {
  const scheme = getSequentialScheme(typeof schemeId === 'string' ? schemeId : undefined);
  const count = Math.max(2, Math.floor(steps));
  return Array.from({ length: count }, (_, index) =>
    hexToRgba(sequentialColor(scheme.colors, index / (count - 1))),
  );
}

/** A colour as a CSS `rgba()` string (legend swatches). */
export function toCssColor([r, g, b, a]: RGBAColor): string {
  return `rgba(${r}, ${g}, ${b}, ${Math.round((a / 255) * 100) / 100})`;
}
