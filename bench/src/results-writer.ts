import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { GitInfo } from './git-info.js';
import type { MachineInfo } from './machine-info.js';
import type { MeasurementUnit } from './measurement.js';
import type { RatioTarget, RatioVerdict } from './ratios.js';
import type { RunMode, RunSummary } from './run-summary.js';
import type { SampleStats } from './stats.js';

/** One line of a results file: one measurement with everything needed to compare it later. */
export interface ResultRecord {
  readonly run: string;
  readonly mode: RunMode;
  readonly scenario: string;
  readonly metric: string;
  readonly unit: MeasurementUnit;
  /** The median of the samples. */
  readonly value: number;
  readonly samples: readonly number[];
  readonly stats: SampleStats;
  readonly target: RatioTarget | null;
  readonly verdict: RatioVerdict | null;
  readonly git: GitInfo;
  readonly machine: MachineInfo;
}

/** One record per measurement of every measured scenario; unmeasured ones have none. */
export function toResultRecords(run: RunSummary): ResultRecord[] {
  return run.outcomes.flatMap((outcome) =>
    outcome.kind !== 'measured'
      ? []
      : outcome.measurements.map((m) => ({
          run: run.startedAt.toISOString(),
          mode: run.mode,
          scenario: m.scenario,
          metric: m.metric,
          unit: m.unit,
          value: m.stats.median,
          samples: m.samples,
          stats: m.stats,
          target: m.check?.target ?? null,
          verdict: m.check?.verdict ?? null,
          git: run.git,
          machine: run.machine,
        })),
  );
}

/** JSON Lines: one JSON object per line, each line ending in a newline. */
export function toJsonLines(records: readonly ResultRecord[]): string {
  return records.map((record) => `${JSON.stringify(record)}\n`).join('');
}

/**
 * The file name for a run: its start as an ISO 8601 timestamp in the basic format
 * (`20261123T203105.123Z.jsonl`), which sorts by time and has no `:` for other filesystems.
 */
export function resultsFileName(startedAt: Date): string {
  return `${startedAt.toISOString().replace(/[-:]/g, '')}.jsonl`;
}

/** Writes the run's results under `directory` and returns the file's path. */
export async function writeResults(directory: string, run: RunSummary): Promise<string> {
  await mkdir(directory, { recursive: true });
  const path = join(directory, resultsFileName(run.startedAt));
  await writeFile(path, toJsonLines(toResultRecords(run)), 'utf8');
  return path;
}
