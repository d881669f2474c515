import type { ChartDataResponse } from '@superset-ts/shared';
import { prefixedSum, sumsAgree } from './chart-data-result.js';

/** One answer of the burst, as received: its status, its body and its time to the last byte. */
export interface BurstAnswer {
  readonly status: number;
  readonly body: string;
  readonly latencyMs: number;
}

/** What every answer must carry: the chart's rows, adding up to the driver's checksum. */
export interface ExpectedAnswer {
  readonly chartId: string;
  readonly apiRows: number;
  readonly checksumColumn: string;
  /** The checksum column summed over the driver's rows of the same SQL. */
  readonly driverSum: number;
}

/** Thrown when an answer of the burst is not the chart's correct data. */
export class WrongStampedeAnswerError extends Error {
  override readonly name = 'WrongStampedeAnswerError';
}

/** What the answers had in common once checked. */
export interface CheckedAnswers {
  /** Answers served from the cache (the run's store landed before their cache read). */
  readonly cached: number;
}

/**
 * The correctness check (performance.md §5.8) on every answer of the burst: 200, a
 * successful result with the chart's rows, and the checksum the driver computed. One wrong
 * answer fails the round: a stampede answered fast but wrong must not pass.
 */
export function checkStampedeAnswers(
  answers: readonly BurstAnswer[],
  expected: ExpectedAnswer,
): CheckedAnswers {
  const problems: string[] = [];
  let cached = 0;
  answers.forEach((answer, index) => {
    const verdict = judge(answer, expected);
    if (typeof verdict === 'string') problems.push(`answer ${index + 1}: ${verdict}`);
    else if (verdict.isCached) cached++;
  });
  if (problems.length > 0) {
    throw new WrongStampedeAnswerError(
      `${expected.chartId}: ${problems.length} of ${answers.length} answers are wrong; ${problems[0] ?? ''}`,
    );
  }
  return { cached };
}

/** What is wrong with one answer, or whether the right answer came from the cache. */
function judge(answer: BurstAnswer, expected: ExpectedAnswer): string | { isCached: boolean } {
  if (answer.status !== 200) return `status ${answer.status}: ${answer.body.slice(0, 300)}`;
  let result: ChartDataResponse['result'][number] | undefined;
  try {
    result = (JSON.parse(answer.body) as ChartDataResponse).result[0];
  } catch {
    return `not JSON: ${answer.body.slice(0, 300)}`;
  }
  if (result === undefined) return 'no result';
  if (result.status !== 'success' || !Array.isArray(result.data)) {
    return `ended ${result.status}: ${result.error ?? ''}`;
  }
  if (result.data.length !== expected.apiRows) {
    return `${result.data.length} rows, expected ${expected.apiRows}`;
  }
  const sum = prefixedSum(result.data, expected.checksumColumn);
  if (!sumsAgree(sum, expected.driverSum)) {
    return `sums ${expected.checksumColumn} to ${sum}, the driver to ${expected.driverSum}`;
  }
  return { isCached: result.is_cached === true };
}
