import { performance } from 'node:perf_hooks';

/** How much load one phase puts on: `concurrency` clients back to back, no think time. */
export interface LoadPlan {
  readonly concurrency: number;
  /** The phase goes on until this many requests were started ... */
  readonly minRequests: number;
  /** ... and this much time has passed (0: the requests alone decide). */
  readonly minDurationMs: number;
}

/** What one phase observed: every request's latency, and the phase's wall time. */
export interface LoadResult {
  /** Latency of each request that succeeded, in ms, in the order they finished. */
  readonly latenciesMs: number[];
  readonly wallMs: number;
  /** Requests that failed with an error the caller tolerates (never samples), by message. */
  readonly failures: string[];
}

/** Thrown for a plan that cannot run. */
export class InvalidLoadPlanError extends Error {
  override readonly name = 'InvalidLoadPlanError';
}

/**
 * A closed loop (performance.md §5.5): `concurrency` clients each send a request, wait for
 * its whole answer, and send the next, until the plan's count and duration are both
 * reached. A client starts no request once both are met, so a phase ends within one
 * request's time of its plan. The first failure rejects the phase (after the requests in
 * flight settle), so a fast wrong answer never counts, unless `isTolerated` says it is a
 * failure to report: it is then counted, and never a latency sample.
 */
export async function runClosedLoop(
  plan: LoadPlan,
  request: () => Promise<void>,
  /** Errors to count as failed requests instead of ending the phase (e.g. a product's 400). */
  isTolerated: (error: unknown) => boolean = () => false,
): Promise<LoadResult> {
  if (!Number.isInteger(plan.concurrency) || plan.concurrency < 1) {
    throw new InvalidLoadPlanError(
      `concurrency must be a whole number >= 1, got ${plan.concurrency}`,
    );
  }
  if (plan.minRequests < 1 && plan.minDurationMs <= 0) {
    throw new InvalidLoadPlanError('a phase needs at least one request or some duration');
  }
  const latenciesMs: number[] = [];
  const failures: string[] = [];
  const startedAt = performance.now();
  let started = 0;
  let failure: { error: unknown } | undefined;
  const isDone = () =>
    failure !== undefined ||
    (started >= plan.minRequests && performance.now() - startedAt >= plan.minDurationMs);
  const client = async () => {
    while (!isDone()) {
      started += 1;
      const sentAt = performance.now();
      try {
        await request();
      } catch (error) {
        if (isTolerated(error)) {
          failures.push(error instanceof Error ? error.message : String(error));
          continue;
        }
        failure ??= { error };
        return;
      }
      latenciesMs.push(performance.now() - sentAt);
    }
  };
  await Promise.all(Array.from({ length: plan.concurrency }, client));
  if (failure !== undefined) throw failure.error;
  return { latenciesMs, wallMs: performance.now() - startedAt, failures };
}
