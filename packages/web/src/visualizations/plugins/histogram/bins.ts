/** The server's limit on bins (Superset's `MAX_HISTOGRAM_BINS`). */
export const MAX_BINS = 1000;

/** The bins of the form data as a whole number within 1..MAX_BINS, or undefined if it is not one. */
export function findBinCount(value: unknown): number | undefined {
  if (value === undefined || value === null || value === '') return 5;
  const bins = typeof value === 'number' ? value : Number(value);
  return Number.isInteger(bins) && bins >= 1 && bins <= MAX_BINS ? bins : undefined;
}
