import type { ExamplesProgress, ProgressTask } from '../examples-progress.js';

/**
 * Runs `work` as one progress task: done with the summary it returns, or failed with the
 * error's message (which is rethrown).
 */
export async function runTask(
  progress: ExamplesProgress,
  label: string,
  total: number,
  work: (task: ProgressTask) => Promise<string>,
): Promise<void> {
  const task = progress.start(label, total);
  let summary: string;
  try {
    summary = await work(task);
  } catch (error) {
    task.fail(error instanceof Error ? error.message : String(error));
    throw error;
  }
  task.done(summary);
}
