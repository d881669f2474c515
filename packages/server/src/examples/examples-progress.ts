/** How loading reports what it does: a bar per task on a terminal, one line per task otherwise. */
export interface ExamplesProgress {
  /** A line of text between tasks. */
  line(text: string): void;
  /** Starts a task of `total` units (rows, objects); `label` names it ("birth_names"). */
  start(label: string, total: number): ProgressTask;
}

export interface ProgressTask {
  /** `units` more are done. */
  advance(units: number): void;
  /** The task finished; `summary` says how ("75,691 rows in 1.2 s", "unchanged"). */
  done(summary: string): void;
  /** The task failed; `reason` says why. */
  fail(reason: string): void;
}
