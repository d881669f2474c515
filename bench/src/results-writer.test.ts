import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { resultsFileName, toJsonLines, toResultRecords, writeResults } from './results-writer.js';
import { measuredOutcome, notMeasuredOutcome, runFixture } from './run-summary-fixtures.js';

describe('results writer', () => {
  let directory: string;
  beforeEach(async () => {
    directory = await mkdtemp(join(tmpdir(), 'bench-results-'));
  });
  afterEach(async () => {
    await rm(directory, { recursive: true, force: true });
  });

  it('writes one valid JSON line per measurement, with samples, git sha and machine', async () => {
    const run = runFixture([measuredOutcome(), notMeasuredOutcome()]);
    const path = await writeResults(directory, run);

    const text = await readFile(path, 'utf8');
    expect(text.endsWith('\n')).toBe(true);
    const lines = text.trimEnd().split('\n');
    expect(lines).toHaveLength(3);
    const records = lines.map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(records.map((record) => record.metric)).toEqual(['product', 'floor', 'product / floor']);
    expect(records[0]).toMatchObject({
      scenario: 'cold-start',
      unit: 'ms',
      value: 310,
      samples: [300, 310, 320],
      git: { sha: 'ab1901b0c0ffee0000000000000000000000beef', isDirty: true },
      machine: { cores: 2, cpuModel: 'Test CPU', node: 'v20.20.2' },
      run: '2026-11-23T20:31:05.123Z',
      mode: 'quick',
    });
  });

  it('writes nothing for a scenario that was not measured', () => {
    expect(toResultRecords(runFixture([notMeasuredOutcome()]))).toEqual([]);
    expect(toJsonLines([])).toBe('');
  });

  it('names the file after the run start as a sortable ISO 8601 timestamp', async () => {
    const run = runFixture([measuredOutcome()]);
    expect(resultsFileName(run.startedAt)).toBe('20261123T203105.123Z.jsonl');
    expect(basename(await writeResults(join(directory, 'new'), run))).toBe(
      '20261123T203105.123Z.jsonl',
    );
  });
});
