import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  REPORT_INTRO,
  replaceSummary,
  ReportMarkersError,
  SUMMARY_END,
  SUMMARY_START,
  writeReport,
} from './report-writer.js';

const page = [
  '# Benchmarks',
  '',
  'Hand-written notes before.',
  '',
  SUMMARY_START,
  'old table',
  SUMMARY_END,
  '',
  '## Analysis',
  '',
  'Hand-written notes after.',
  '',
].join('\n');

describe('replaceSummary', () => {
  it('replaces only the text between the markers', () => {
    const updated = replaceSummary(page, '| new | table |');
    expect(updated).toBe(page.replace('old table', '| new | table |'));
  });

  it('gives the same page when run twice with the same summary', () => {
    const once = replaceSummary(page, 'summary');
    expect(replaceSummary(once, 'summary')).toBe(once);
  });

  it('appends the markers to a page that has none, keeping its text', () => {
    const updated = replaceSummary('# My notes\n', 'summary');
    expect(updated).toBe(`# My notes\n\n${SUMMARY_START}\nsummary\n${SUMMARY_END}\n`);
  });

  it('refuses broken markers instead of guessing what to overwrite', () => {
    expect(() => replaceSummary(`${SUMMARY_START}\nx\n`, 's')).toThrow(ReportMarkersError);
    expect(() => replaceSummary(`${SUMMARY_END}\n${SUMMARY_START}\n`, 's')).toThrow(
      ReportMarkersError,
    );
    expect(() => replaceSummary(`${page}\n${SUMMARY_START}\n${SUMMARY_END}\n`, 's')).toThrow(
      ReportMarkersError,
    );
  });
});

describe('writeReport', () => {
  let directory: string;
  beforeEach(async () => {
    directory = await mkdtemp(join(tmpdir(), 'bench-report-'));
  });
  afterEach(async () => {
    await rm(directory, { recursive: true, force: true });
  });

  it('creates the page with its intro when it does not exist', async () => {
    const path = join(directory, 'docs', 'benchmarks.md');
    await writeReport(path, 'first summary');
    const written = await readFile(path, 'utf8');
    expect(written).toContain('# Benchmarks');
    expect(written).toContain(`${SUMMARY_START}\nfirst summary\n${SUMMARY_END}`);
    expect(written.startsWith(REPORT_INTRO.split(SUMMARY_START)[0] ?? '')).toBe(true);
  });

  it('keeps what people wrote around the markers on later runs', async () => {
    const path = join(directory, 'benchmarks.md');
    await writeFile(path, page, 'utf8');
    await writeReport(path, 'second summary');
    const written = await readFile(path, 'utf8');
    expect(written).toContain('Hand-written notes before.');
    expect(written).toContain('Hand-written notes after.');
    expect(written).toContain('second summary');
    expect(written).not.toContain('old table');
  });
});
