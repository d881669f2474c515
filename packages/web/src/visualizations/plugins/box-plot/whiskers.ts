/** What the server's `boxplot` operation reads to place the whiskers. */
export type WhiskerSpec =
  | { whisker_type: 'tukey' }
  | { whisker_type: 'min/max' }
  | { whisker_type: 'percentile'; percentiles: [number, number] };

/** Thrown when the whisker option is none the Box Plot knows. */
export class UnsupportedWhiskerOptionError extends Error {
  constructor(option: string) {
    super(
      `Unsupported whisker option "${option}": use Tukey, Min/max or "<low>/<high> percentiles".`,
    );
    this.name = 'UnsupportedWhiskerOptionError';
  }
}

const PERCENTILES = /^(\d+(?:\.\d+)?)\/(\d+(?:\.\d+)?) percentiles$/;

/**
 * Reads the whisker option as Superset's `boxplotOperator` does: Tukey (1.5 IQR, the default),
 * min/max (no outliers), or "<low>/<high> percentiles"; undefined when it is none of these or
 * the percentiles are not 0 <= low < high <= 100.
 */
export function findWhiskerSpec(option: string | undefined): WhiskerSpec | undefined {
  const text = (option ?? '').trim();
  if (text === '' || text === 'Tukey') return { whisker_type: 'tukey' };
  if (text === 'Min/max (no outliers)') return { whisker_type: 'min/max' };
  const match = PERCENTILES.exec(text);
  if (!match) return undefined;
  const low = Number(match[1]);
  const high = Number(match[2]);
  return low < high && high <= 100
    ? { whisker_type: 'percentile', percentiles: [low, high] }
    : undefined;
}

/**
 * The whisker spec of an option.
 *
 * @throws UnsupportedWhiskerOptionError when the option cannot be read.
 */
export function getWhiskerSpec(option: string | undefined): WhiskerSpec {
  const spec = findWhiskerSpec(option);
  if (!spec) throw new UnsupportedWhiskerOptionError(option ?? '');
  return spec;
}
