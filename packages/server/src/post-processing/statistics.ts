/** numpy's percentile of sorted numbers, `q` in 0..100, by linear or midpoint interpolation. */
export function percentile(
  sorted: readonly number[],
  q: number,
  method: 'linear' | 'midpoint' = 'linear',
): number | null {
  if (sorted.length === 0) return null;
  const position = (q / 100) * (sorted.length - 1);
  const lower = sorted[Math.floor(position)] as number;
  const upper = sorted[Math.ceil(position)] as number;
  if (method === 'midpoint') return (lower + upper) / 2;
  return lower + (upper - lower) * (position - Math.floor(position));
}

/** Numbers in ascending order. */
export function ascending(values: readonly number[]): number[] {
  return [...values].sort((a, b) => a - b);
}

/** Arithmetic mean; null when there is nothing to average. */
export function mean(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  return values.reduce((sum, value) => sum + value, 0) / values.length;
}

/** Variance with `ddof` delta degrees of freedom (pandas uses 1, numpy 0). */
export function variance(values: readonly number[], ddof: number): number | null {
  const average = mean(values);
  if (average === null || values.length - ddof <= 0) return null;
  const squares = values.reduce((sum, value) => sum + (value - average) ** 2, 0);
  return squares / (values.length - ddof);
}

/** pandas' bias-corrected sample skewness (needs three values). */
export function skewness(values: readonly number[]): number | null {
  const n = values.length;
  const average = mean(values);
  if (average === null || n < 3) return null;
  const m2 = values.reduce((s, v) => s + (v - average) ** 2, 0) / n;
  const m3 = values.reduce((s, v) => s + (v - average) ** 3, 0) / n;
  if (m2 === 0) return 0;
  return (Math.sqrt(n * (n - 1)) / (n - 2)) * (m3 / m2 ** 1.5);
}

/** pandas' bias-corrected excess kurtosis (needs four values). */
export function kurtosis(values: readonly number[]): number | null {
  const n = values.length;
  const average = mean(values);
  if (average === null || n < 4) return null;
  const m2 = values.reduce((s, v) => s + (v - average) ** 2, 0) / n;
  const m4 = values.reduce((s, v) => s + (v - average) ** 4, 0) / n;
  if (m2 === 0) return 0;
  const g2 = m4 / m2 ** 2 - 3;
  return ((n - 1) / ((n - 2) * (n - 3))) * ((n + 1) * g2 + 6);
}
