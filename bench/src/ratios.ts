/** Whether a smaller ratio is the better one (latency, memory) or a larger one (throughput). */
export type RatioDirection = 'lower-is-better' | 'higher-is-better';

/** The design's ratios (performance.md §5.6): each target says which one it holds. */
export const RATIO_IDS = ['R1', 'R2', 'R3', 'R3w', 'R4', 'R5', 'R6', 'R7'] as const;
export type RatioId = (typeof RATIO_IDS)[number];

/** A target a ratio must meet, e.g. R2 "cached API p50 / floor p50 <= 1.2". */
export interface RatioTarget {
  readonly limit: number;
  readonly direction: RatioDirection;
  /** Which of the design's ratios this target belongs to, for the R1-R7 summary. */
  readonly ratio?: RatioId;
}

/** The verdict on one ratio: `no target` when the design sets none yet. */
export type RatioVerdict = 'pass' | 'miss' | 'no target';

/** A ratio as reported: its value, the target it was held to and the verdict. */
export interface RatioCheck {
  readonly name: string;
  readonly value: number;
  readonly target: RatioTarget | undefined;
  readonly verdict: RatioVerdict;
}

/** Thrown when a ratio cannot be formed, e.g. over a zero or non-finite floor. */
export class InvalidRatioError extends Error {
  override readonly name = 'InvalidRatioError';
}

/** `numerator / denominator`, refusing a zero, negative or non-finite operand. */
export function ratio(numerator: number, denominator: number): number {
  if (!Number.isFinite(numerator) || numerator < 0) {
    throw new InvalidRatioError(`ratio numerator must be a finite number >= 0, got ${numerator}`);
  }
  if (!Number.isFinite(denominator) || denominator <= 0) {
    throw new InvalidRatioError(
      `ratio denominator must be a finite number > 0, got ${denominator}`,
    );
  }
  return numerator / denominator;
}

/** Whether `value` meets `target`; meeting the limit exactly passes. */
export function meetsTarget(value: number, target: RatioTarget): boolean {
  switch (target.direction) {
    case 'lower-is-better':
      return value <= target.limit;
    case 'higher-is-better':
      return value >= target.limit;
  }
}

/** Checks a ratio against its target (or records that it has none). */
export function checkRatio(name: string, value: number, target?: RatioTarget): RatioCheck {
  const verdict: RatioVerdict =
    target === undefined ? 'no target' : meetsTarget(value, target) ? 'pass' : 'miss';
  return { name, value, target, verdict };
}

/** The target as a reader expects it: `<= 1.2` or `>= 0.9`. */
export function formatTarget(target: RatioTarget | undefined): string {
  if (target === undefined) return '—';
  return `${target.direction === 'lower-is-better' ? '≤' : '≥'} ${target.limit}`;
}
