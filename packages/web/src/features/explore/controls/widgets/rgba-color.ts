/** A colour as Superset stores a `color` control: channels 0-255 and alpha 0-1. */
export interface RgbaColor {
  r: number;
  g: number;
  b: number;
  a: number;
}

const isChannel = (value: unknown): value is number =>
  typeof value === 'number' && Number.isFinite(value);

/** A stored colour, or undefined when the value is not `{r, g, b[, a]}`. */
export function readRgbaColor(value: unknown): RgbaColor | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const { r, g, b, a } = value as Record<string, unknown>;
  if (!isChannel(r) || !isChannel(g) || !isChannel(b)) return undefined;
  return { r, g, b, a: isChannel(a) ? a : 1 };
}

/** A colour as CSS reads it. */
export function rgbaCss({ r, g, b, a }: RgbaColor): string {
  return `rgba(${r}, ${g}, ${b}, ${a})`;
}
