import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';

const execFileAsync = promisify(execFile);

/** Thrown when pgbench fails or prints no result: carries pgbench's own stderr. */
export class PgbenchError extends Error {
  override readonly name = 'PgbenchError';
}

/** Thrown for SQL pgbench would rewrite (a `:name` it takes for a variable) and we cannot escape. */
export class PgbenchScriptError extends Error {
  override readonly name = 'PgbenchScriptError';
}

/** What one pgbench run reports. */
export interface PgbenchResult {
  /**
   * `latency average = X ms`: pgbench's run time x clients / transactions, so one
   * transaction's time at 1 client, the wave's time at one transaction per client.
   */
  readonly latencyAverageMs: number;
  /** `tps = Y (without initial connection time)`: pgbench's connection start is left out. */
  readonly tps: number;
}

/**
 * `latency average` and `tps` from pgbench's summary; refuses a run that processed fewer
 * transactions than it was asked (an aborted client still prints a summary).
 */
export function parsePgbenchOutput(output: string): PgbenchResult {
  const latency = /^latency average = ([\d.]+) ms$/m.exec(output)?.[1];
  const tps = /^tps = ([\d.]+) \(without initial connection time\)$/m.exec(output)?.[1];
  const processed = /^number of transactions actually processed: (\d+)\/(\d+)$/m.exec(output);
  if (latency === undefined || tps === undefined) {
    throw new PgbenchError(`no latency or tps line in pgbench's output: ${output.slice(-500)}`);
  }
  if (processed !== null && processed[1] !== processed[2]) {
    throw new PgbenchError(`pgbench processed ${processed[1]} of ${processed[2]} transactions`);
  }
  return { latencyAverageMs: Number(latency), tps: Number(tps) };
}

/** A character that starts a pgbench variable name after `:` (pgbench: letter, `_`, non-ASCII). */
const VARIABLE_START = /[A-Za-z_\u0080-\uffff]/;

function startsVariable(sql: string, colon: number): boolean {
  return sql[colon] === ':' && VARIABLE_START.test(sql[colon + 1] ?? '');
}

/** The index of the quote closing the quoted text opened at `open` (a doubled quote stays inside). */
function closingQuote(sql: string, open: number, quote: string): number {
  let index = open + 1;
  for (;;) {
    const found = sql.indexOf(quote, index);
    if (found === -1) throw new PgbenchScriptError(`unterminated ${quote} at ${open} in: ${sql}`);
    if (sql[found + 1] !== quote) return found;
    index = found + 2;
  }
}

/**
 * `sql` as pgbench runs it verbatim. pgbench replaces every `:name` with a variable, inside
 * string literals too (it does not lex quotes; `::` casts and `:00`, as in the time literal
 * `'2024-10-02 00:00:00'`, are left alone), and has no escape for `:`. So a literal holding
 * `:name` becomes an escape string with the colon as `\072`, the same value; a `:name`
 * anywhere else (an identifier, a comment, a slice) cannot be escaped and is refused.
 */
export function escapePgbenchColons(sql: string): string {
  let out = '';
  let index = 0;
  while (index < sql.length) {
    const char = sql[index] ?? '';
    if (char === "'") {
      const end = closingQuote(sql, index, "'");
      const body = sql.slice(index + 1, end);
      if (!/:[A-Za-z_\u0080-\uffff]/.test(body)) {
        out += sql.slice(index, end + 1);
      } else if (/[Ee]$/.test(out) && !/[A-Za-z0-9_$][Ee]$/.test(out)) {
        out += `'${body.replaceAll(':', '\\072')}'`;
      } else {
        out += `E'${body.replaceAll('\\', '\\\\').replaceAll(':', '\\072')}'`;
      }
      index = end + 1;
    } else if (char === '"') {
      const end = closingQuote(sql, index, '"');
      const quoted = sql.slice(index, end + 1);
      if (/:[A-Za-z_\u0080-\uffff]/.test(quoted)) {
        throw new PgbenchScriptError(`pgbench would take a variable in identifier ${quoted}`);
      }
      out += quoted;
      index = end + 1;
    } else if (char === ':' && sql[index + 1] === ':') {
      out += '::';
      index += 2;
    } else if (startsVariable(sql, index)) {
      throw new PgbenchScriptError(
        `pgbench would take a variable at "${sql.slice(index, index + 20)}" in: ${sql}`,
      );
    } else {
      out += char;
      index += 1;
    }
  }
  return out;
}

/** One statement for a pgbench script: colons escaped, ending in exactly one `;`. */
function scriptStatement(sql: string): string {
  const statement = escapePgbenchColons(sql.trim().replace(/[\s;]+$/, ''));
  if (statement.length === 0) throw new PgbenchScriptError('an empty statement');
  return `${statement};`;
}

/**
 * A pgbench script running `statements[i]` on client i: one statement alone, or an
 * `\if :client_id = i` chain so that concurrent clients each run their own SQL, as the
 * API's clients each ask their own variant (pgbench's `-f` files would be drawn at random).
 */
export function pgbenchScript(statements: readonly string[]): string {
  if (statements.length === 0) throw new PgbenchScriptError('no statement to run');
  if (statements.length === 1) return `${scriptStatement(statements[0] ?? '')}\n`;
  const lines = statements.flatMap((sql, client) => [
    `${client === 0 ? '\\if' : '\\elif'} :client_id = ${client}`,
    scriptStatement(sql),
  ]);
  return `${[...lines, '\\endif'].join('\n')}\n`;
}

/** What a pgbench floor runs, and where. */
export interface PgbenchRun {
  /** A libpq URI, the driver's (CHART_POSTGRES_URI). */
  readonly databaseUrl: string;
  /** One statement per client (or one for all of them). */
  readonly statements: readonly string[];
  readonly clients: number;
  readonly transactionsPerClient: number;
}

/** pgbench's command line: no vacuum, extended protocol like the drivers, one thread per core. */
export function pgbenchArgs(scriptPath: string, run: PgbenchRun): string[] {
  if (run.statements.length !== 1 && run.statements.length !== run.clients) {
    throw new PgbenchScriptError(
      `${run.statements.length} statements for ${run.clients} clients: give one, or one per client`,
    );
  }
  return [
    '-n',
    '-M',
    'extended',
    '-f',
    scriptPath,
    '-c',
    String(run.clients),
    '-j',
    String(Math.min(run.clients, 2)),
    '-t',
    String(run.transactionsPerClient),
    run.databaseUrl,
  ];
}

/**
 * The database's own time for the SQL (performance.md §4.2, pgbench as the floor): pgbench
 * runs it from a script file and reports its latency average and throughput, its own
 * connection start left out. A floor below both the driver and the product.
 */
export async function runPgbench(pgbench: PgbenchRun): Promise<PgbenchResult> {
  const dir = await mkdtemp(join(tmpdir(), 'bench-pgbench-'));
  try {
    const scriptPath = join(dir, 'q.sql');
    await writeFile(scriptPath, pgbenchScript(pgbench.statements));
    let stdout: string;
    try {
      ({ stdout } = await execFileAsync('pgbench', pgbenchArgs(scriptPath, pgbench), {
        maxBuffer: 16 * 1024 * 1024,
      }));
    } catch (error) {
      const stderr = (error as { stderr?: unknown }).stderr;
      throw new PgbenchError(
        `pgbench failed: ${typeof stderr === 'string' && stderr !== '' ? stderr.slice(-1000) : String(error)}`,
        { cause: error },
      );
    }
    return parsePgbenchOutput(stdout);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
