import type { ExamplesProgress, ProgressTask } from './examples-progress.js';

/** A terminal that can redraw its current line (stderr when it is a TTY). */
export interface RedrawableTerminal {
  write(text: string): void;
  /** Width in characters. */
  columns: number;
}

/** Where progress goes: lines through `note`, and bars on `terminal` when there is one. */
export interface TerminalProgressOptions {
  note: (line: string) => void;
  terminal: RedrawableTerminal | null;
  /** Milliseconds clock; tests pass a fake one. */
  now?: () => number;
}

const BAR_WIDTH = 24;
const REDRAW_EVERY_MS = 100;
const CLEAR_LINE = '\r\x1b[K';

/** 75691 -> "75,691". */
export function formatCount(value: number): string {
  return Math.round(value).toLocaleString('en-US');
}

function barLine(label: string, done: number, total: number, rate: number, width: number) {
  const ratio = total > 0 ? Math.min(1, done / total) : 0;
  const filled = Math.round(ratio * BAR_WIDTH);
  const bar = `[${'#'.repeat(filled)}${'.'.repeat(BAR_WIDTH - filled)}]`;
  const line = `${label.padEnd(24)} ${bar} ${formatCount(done)}/${formatCount(total)}  ${formatCount(rate)}/s`;
  return line.slice(0, Math.max(10, width - 1));
}

/**
 * Progress for the CLI: on a terminal, a bar per task redrawn in place (label, bar, done and
 * total, rate), then the task's summary; elsewhere one line per finished task.
 */
export function createTerminalProgress(options: TerminalProgressOptions): ExamplesProgress {
  const now = options.now ?? (() => Date.now());
  const { terminal, note } = options;
  return {
    line: (text) => note(text),
    start(label: string, total: number): ProgressTask {
      const startedAt = now();
      let done = 0;
      let drawnAt = -Infinity;
      const draw = (isForced: boolean) => {
        if (!terminal) return;
        const at = now();
        if (!isForced && at - drawnAt < REDRAW_EVERY_MS) return;
        drawnAt = at;
        const rate = done / Math.max((at - startedAt) / 1000, 0.001);
        terminal.write(CLEAR_LINE + barLine(label, done, total, rate, terminal.columns));
      };
      draw(true);
      const finish = (text: string) => {
        terminal?.write(CLEAR_LINE);
        note(text);
      };
      return {
        advance(units) {
          done += units;
          draw(false);
        },
        done: (summary) => finish(`${label}: ${summary}`),
        fail: (reason) => finish(`${label}: FAILED: ${reason}`),
      };
    },
  };
}
