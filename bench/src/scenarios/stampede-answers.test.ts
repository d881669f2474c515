import { describe, expect, it } from 'vitest';
import type { BurstAnswer, ExpectedAnswer } from './stampede-answers.js';
import { checkStampedeAnswers, WrongStampedeAnswerError } from './stampede-answers.js';

const EXPECTED: ExpectedAnswer = {
  chartId: 'two-dim',
  apiRows: 2,
  checksumColumn: 'revenue',
  driverSum: 30.5,
};

function answer(
  data: readonly Record<string, unknown>[],
  options: { status?: number; isCached?: boolean } = {},
): BurstAnswer {
  const result = { status: 'success', error: null, is_cached: options.isCached ?? false, data };
  return {
    status: options.status ?? 200,
    body: JSON.stringify({ result: [result] }),
    latencyMs: 1,
  };
}

const RIGHT = [{ revenue: 10.25 }, { revenue: 20.25 }];

describe("the stampede's answers", () => {
  it("accepts answers with the chart's rows and the driver's checksum, counting cache hits", () => {
    const answers = [answer(RIGHT), answer(RIGHT, { isCached: true }), answer(RIGHT)];
    expect(checkStampedeAnswers(answers, EXPECTED)).toEqual({ cached: 1 });
  });

  it('fails on one wrong checksum among right answers', () => {
    const answers = [answer(RIGHT), answer([{ revenue: 10.25 }, { revenue: 20 }])];
    expect(() => checkStampedeAnswers(answers, EXPECTED)).toThrow(/1 of 2 answers are wrong/);
  });

  it('fails on a refusal, a missing row or a failed query', () => {
    const refused = { status: 400, body: '{"message":"timeout"}', latencyMs: 1 };
    expect(() => checkStampedeAnswers([refused], EXPECTED)).toThrow(WrongStampedeAnswerError);
    expect(() => checkStampedeAnswers([answer([{ revenue: 30.5 }])], EXPECTED)).toThrow(
      /1 rows, expected 2/,
    );
    const failed = {
      status: 200,
      body: JSON.stringify({ result: [{ status: 'failed', error: 'boom', data: [] }] }),
      latencyMs: 1,
    };
    expect(() => checkStampedeAnswers([failed], EXPECTED)).toThrow(/ended failed: boom/);
  });
});
