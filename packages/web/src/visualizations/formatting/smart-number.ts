import type { FormatLocaleObject } from 'd3-format';

/**
 * Superset's adaptive number format (`SMART_NUMBER`): SI prefixes from a thousand up (with
 * `B` for billions rather than `G`), two decimals from 1, four below 1, micro below 0.001.
 */
export function createSmartNumberFormat(
  locale: FormatLocaleObject,
  isSigned: boolean,
): (value: number) => string {
  const si = locale.format('.3~s');
  const twoDecimals = locale.format('.2~f');
  const fourDecimals = locale.format('.4~f');
  const format = (value: number): string => {
    if (value === 0) return '0';
    const magnitude = Math.abs(value);
    if (magnitude >= 1000) return si(value).replace('G', 'B');
    if (magnitude >= 1) return twoDecimals(value);
    if (magnitude >= 0.001) return fourDecimals(value);
    if (magnitude > 0.000001) return `${si(value * 1_000_000)}µ`;
    return si(value);
  };
  return (value) => `${isSigned && value > 0 ? '+' : ''}${format(value)}`;
}
