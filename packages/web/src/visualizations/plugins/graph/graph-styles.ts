/** Anything with a value that a size is scaled from. */
interface Sized {
  value: number;
}

/**
 * Scales each value to a size between half and two and a half times the base (Superset's
 * `normalizeStyles`: the largest is several times the smallest); all get the base when the
 * values are equal.
 */
export function scaleSizes(items: readonly Sized[], base: number): number[] {
  const values = items.map((item) => item.value);
  const min = Math.min(...values);
  const max = Math.max(...values);
  const spread = max - min;
  return values.map((value) =>
    spread > 0 ? ((value - min) / spread) * base * 2 + base * 0.5 : base,
  );
}

/** A boolean-or-text option (`roam`, `selectedMode`) as Superset saves it, read as ECharts wants. */
export function readToggle(value: unknown, fallback: boolean | string): boolean | string {
  if (value === true || value === 'true') return true;
  if (value === false || value === 'false') return false;
  return typeof value === 'string' && value !== '' ? value : fallback;
}

type EdgeSymbol = 'none' | 'circle' | 'arrow';

/** The symbols at an edge's start and end from `"<start>,<end>"`; unknown ones read as none. */
export function parseEdgeSymbols(value: unknown): [EdgeSymbol, EdgeSymbol] {
  const [start, end] = (typeof value === 'string' ? value : '').split(',');
  const read = (symbol: string | undefined): EdgeSymbol =>
    symbol === 'circle' || symbol === 'arrow' ? symbol : 'none';
  return [read(start), read(end)];
}
