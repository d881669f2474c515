/** A colour's red, green and blue channels, 0-255. */
export interface Rgb {
  r: number;
  g: number;
  b: number;
}

/**
 * The theme colour names newer Superset versions store in a rule's `colorScheme`, with the
 * colours of the default antd theme.
 */
const THEME_COLORS: Readonly<Record<string, Rgb>> = {
  colorSuccess: { r: 82, g: 196, b: 26 },
  colorWarning: { r: 250, g: 173, b: 20 },
  colorError: { r: 255, g: 77, b: 79 },
  colorInfo: { r: 22, g: 119, b: 255 },
};

const channel = (value: unknown): number | undefined => {
  const number = typeof value === 'string' ? Number(value) : value;
  return typeof number === 'number' && Number.isFinite(number)
    ? Math.max(0, Math.min(255, Math.round(number)))
    : undefined;
};

function fromChannels(r: unknown, g: unknown, b: unknown): Rgb | undefined {
  const [red, green, blue] = [channel(r), channel(g), channel(b)];
  return red === undefined || green === undefined || blue === undefined
    ? undefined
    : { r: red, g: green, b: blue };
}

function fromHex(text: string): Rgb | undefined {
  const match = /^#([0-9a-f]{3}|[0-9a-f]{6})(?:[0-9a-f]{2})?$/i.exec(text);
  const digits = match?.[1];
  if (!digits) return undefined;
  const full =
    digits.length === 3
      ? digits
          .split('')
          .map((digit) => digit + digit)
          .join('')
      : digits;
  const value = parseInt(full, 16);
  return { r: (value >> 16) & 255, g: (value >> 8) & 255, b: value & 255 };
}

/**
 * A rule's colour as Superset versions and our editor store it: `#rrggbb`, `rgb(r,g,b)`,
 * `rgba(...)` (alpha dropped: the rule's shading sets it), a theme colour name, or an
 * `{r, g, b}` object. Undefined when it is none of them.
 */
export function parseRuleColor(value: unknown): Rgb | undefined {
  if (typeof value === 'object' && value !== null) {
    const { r, g, b } = value as Record<string, unknown>;
    return fromChannels(r, g, b);
  }
  if (typeof value !== 'string') return undefined;
  const text = value.trim();
  const themed = THEME_COLORS[text];
  if (themed) return themed;
  if (text.startsWith('#')) return fromHex(text);
  const rgb = /^rgba?\(\s*([\d.]+)\s*,\s*([\d.]+)\s*,\s*([\d.]+)/i.exec(text);
  return rgb ? fromChannels(rgb[1], rgb[2], rgb[3]) : undefined;
}
