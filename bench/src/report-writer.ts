import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';

/** The generated summary sits between these two lines; everything around them is kept. */
export const SUMMARY_START = '<!-- bench:summary:start -->';
export const SUMMARY_END = '<!-- bench:summary:end -->';

/** Thrown when the report's markers are broken (one missing, repeated, or out of order). */
export class ReportMarkersError extends Error {
  override readonly name = 'ReportMarkersError';
}

/** The page a first run creates: what the numbers are, then the markers. */
export const REPORT_INTRO = `# Benchmarks

This page is written by the benchmark harness (\`npm run bench\`, code in \`bench/src/\`).
The text between the \`bench:summary\` markers is replaced by every run that measures all
scenarios; everything else on the page is kept, so notes and analysis can go around it.

How to read it:

- Each scenario of the benchmark design (\`shared/reference/performance.md\` §5) is either
  measured or listed as not measured, with the capability it waits for. A scenario that
  was not measured never counts as passing.
- The product is always measured next to a **floor**: the same job done with nothing but
  Node or the database, on the same machine in the same run, with product and floor samples
  alternated so that the drift of a shared 2-core machine lands on both. The ratio
  product / floor is the number that compares across machines; absolute times do not.
- Medians and p95 (nearest rank: a value that was observed) over all samples; nothing is
  discarded. Raw samples of every run are in \`bench/results/<timestamp>.jsonl\` (not committed).
- \`--quick\` takes fewer samples; its numbers are a look, not a baseline.

Scenarios measured so far:

- **cold-start**: time from spawning \`superset run\` (with a SUPERSET_HOME prepared by
  \`superset db upgrade\`) to its first 200 on \`GET /health\`, polled every 10 ms; the floor is a
  bare \`node:http\` server started the same way. One unrecorded start of each warms the file cache.
- **idle-memory**: resident memory (VmRSS) of a server that answered \`/health\` and then
  idled for 5 s (3 s with \`--quick\`), next to the bare \`node:http\` floor.

## Latest run

${SUMMARY_START}
${SUMMARY_END}
`;

/**
 * `document` with the text between the markers replaced by `summary`. A document without
 * markers gets them, with the summary, appended at its end.
 */
export function replaceSummary(document: string, summary: string): string {
  const block = `${SUMMARY_START}\n${summary.trim()}\n${SUMMARY_END}`;
  const start = document.indexOf(SUMMARY_START);
  const end = document.indexOf(SUMMARY_END);
  if (start === -1 && end === -1) {
    return `${document.trimEnd()}\n\n${block}\n`;
  }
  if (
    start === -1 ||
    end === -1 ||
    end < start ||
    document.indexOf(SUMMARY_START, start + 1) !== -1 ||
    document.indexOf(SUMMARY_END, end + 1) !== -1
  ) {
    throw new ReportMarkersError(
      `the report must hold exactly one ${SUMMARY_START} followed by one ${SUMMARY_END}`,
    );
  }
  return document.slice(0, start) + block + document.slice(end + SUMMARY_END.length);
}

/** Writes `summary` into the report at `path`, creating the page with its intro if missing. */
export async function writeReport(path: string, summary: string): Promise<void> {
  const existing = await readFile(path, 'utf8').catch((error: unknown) => {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return REPORT_INTRO;
    throw error;
  });
  await mkdir(dirname(path), { recursive: true });
  await writeFile(path, replaceSummary(existing, summary), 'utf8');
}
