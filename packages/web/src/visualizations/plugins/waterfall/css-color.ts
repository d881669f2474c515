import type { RgbaColor } from './types';

const channel = (value: unknown, max: number): number | undefined =>
  typeof value === 'number' && Number.isFinite(value)
    ? Math.max(0, Math.min(max, value))
    : undefined;

/** A picked color as CSS `rgba(...)`, or the fallback when the value is not a color. */
export function cssColorOf(value: unknown, fallback: RgbaColor): string {
  const color = (typeof value === 'object' && value !== null ? value : {}) as Partial<RgbaColor>;
  const [r, g, b] = [color.r, color.g, color.b].map((c) => channel(c, 255));
  const source = r === undefined || g === undefined || b === undefined ? fallback : { r, g, b };
  const alpha = channel(color.a, 1) ?? fallback.a ?? 1;
  return `rgba(${Math.round(source.r)}, ${Math.round(source.g)}, ${Math.round(source.b)}, ${alpha})`;
}
