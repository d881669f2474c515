import pg from 'pg';
import type { Measurement } from '../measurement.js';
import { measurement } from '../measurement.js';
import type { ScenarioContext } from '../scenario-types.js';
import { ExamplesCliError, freshHome, prepareForLoad, runCli } from './examples-home.js';

/** Scenario id, as in the registry and the results. */
export const EXAMPLES_LOAD = 'examples-load';

/** The PostgreSQL server that holds the examples database of sample (b). */
const POSTGRES_URI =
  process.env.BENCH_POSTGRES_URI ?? 'postgresql://postgres@127.0.0.1:5432/postgres';

/** Dropped and created again before every PostgreSQL sample; used by nothing else. */
export const EXAMPLES_DATABASE = 'superset_examples_bench';

/** Generating and loading every example (the taxi trips' millions of rows) takes minutes. */
const LOAD_TIMEOUT_MS = 30 * 60_000;

/** Loads per examples database: 3 for a real run, 1 with `--quick`. */
export function examplesLoadSampleCount(quick: boolean): number {
  return quick ? 1 : 3;
}

/** The examples URI of a database `name` on the server POSTGRES_URI points at. */
function examplesUri(name: string): string {
  const url = new URL(POSTGRES_URI);
  url.pathname = `/${name}`;
  return url.toString();
}

/** Rows of the fact table in the examples database `name`: proof the load went there. */
async function countTaxiTrips(name: string): Promise<number> {
  const client = new pg.Client({ connectionString: examplesUri(name) });
  await client.connect();
  try {
    const counted = await client.query<{ n: string }>('SELECT count(*) AS n FROM taxi_trips');
    return Number(counted.rows[0]?.n);
  } finally {
    await client.end();
  }
}

async function recreateDatabase(name: string): Promise<void> {
  const client = new pg.Client({ connectionString: POSTGRES_URI });
  await client.connect();
  try {
    await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await client.query(`CREATE DATABASE ${name}`);
  } finally {
    await client.end();
  }
}

/** What `load_examples` prints for a table it loaded: "birth_names: 75,691 rows in 1.2 s". */
const TABLE_LOADED_LINE = /^\w+: [\d,]+ rows in [\d.]+ s$/m;
/** What it prints when a run found everything loaded. */
const NOTHING_CHANGED = 'nothing changed';

/**
 * Wall times of a first `superset load_examples` over a fresh SUPERSET_HOME, then a second;
 * throws when the first loaded no table or the second changed something.
 */
async function timeLoad(examplesUriOrDefault: string | undefined): Promise<[number, number]> {
  const home = await freshHome(
    examplesUriOrDefault ? { SUPERSET__SQLALCHEMY_EXAMPLES_URI: examplesUriOrDefault } : {},
  );
  try {
    await prepareForLoad(home);
    const first = await runCli(home, ['load_examples'], LOAD_TIMEOUT_MS);
    if (!TABLE_LOADED_LINE.test(first.output)) {
      throw new ExamplesCliError(`load_examples loaded no table:\n${first.output}`);
    }
    const again = await runCli(home, ['load_examples'], LOAD_TIMEOUT_MS);
    if (!again.output.includes(NOTHING_CHANGED)) {
      throw new ExamplesCliError(`a second load_examples changed something:\n${again.output}`);
    }
    return [first.ms, again.ms];
  } finally {
    await home.remove();
  }
}

/**
 * `superset load_examples` wall time (every example table generated and loaded, then the
 * datasets, charts and dashboards made through the API), on a fresh SUPERSET_HOME after
 * `db upgrade`, `fab create-admin` and `init` (not timed): (a) into the embedded default's
 * DuckDB file, (b) into a PostgreSQL database created empty just before. Each is followed by
 * a second, timed run that must find everything there. The two alternate, sample by sample.
 * `--quick` loads into DuckDB only (the embedded default a new user meets), to stay in budget.
 */
export async function measureExamplesLoad(context: ScenarioContext): Promise<Measurement[]> {
  const count = examplesLoadSampleCount(context.quick);
  const duckdb: number[] = [];
  const duckdbAgain: number[] = [];
  const postgres: number[] = [];
  const postgresAgain: number[] = [];
  for (let index = 0; index < count; index++) {
    const [first, again] = await timeLoad(undefined);
    duckdb.push(first);
    duckdbAgain.push(again);
    context.log(`load_examples ${index + 1}/${count}, DuckDB: ${s(first)}, again ${s(again)}`);
    if (context.quick) continue;

    await recreateDatabase(EXAMPLES_DATABASE);
    const [pgFirst, pgAgain] = await timeLoad(examplesUri(EXAMPLES_DATABASE));
    const trips = await countTaxiTrips(EXAMPLES_DATABASE);
    if (!(trips > 0)) throw new ExamplesCliError(`${EXAMPLES_DATABASE} holds no taxi trips`);
    postgres.push(pgFirst);
    postgresAgain.push(pgAgain);
    context.log(
      `load_examples ${index + 1}/${count}, PostgreSQL: ${s(pgFirst)}, again ${s(pgAgain)}`,
    );
  }
  const onDuckDb = [
    measurement(EXAMPLES_LOAD, 'load_examples, DuckDB (embedded default)', 'ms', duckdb),
    measurement(EXAMPLES_LOAD, 'load_examples again (nothing to do), DuckDB', 'ms', duckdbAgain),
  ];
  if (context.quick) return onDuckDb;
  return [
    ...onDuckDb,
    measurement(EXAMPLES_LOAD, `load_examples, PostgreSQL (${EXAMPLES_DATABASE})`, 'ms', postgres),
    measurement(
      EXAMPLES_LOAD,
      'load_examples again (nothing to do), PostgreSQL',
      'ms',
      postgresAgain,
    ),
  ];
}

function s(ms: number): string {
  return `${(ms / 1000).toFixed(1)} s`;
}
