import {
  ALL_ENGINE_SPECS,
  createEngineRegistry,
  parseSqlalchemyUri,
  resolveConnectionSettings,
  type EngineClient,
} from '@superset-ts/engines';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { csvExportSettingsOf } from '../../result-formats/index.js';
import {
  describeWithServices,
  LIVE_POSTGRES,
} from '../databases/test-support/live-database-services.js';
import { exportCsvChunks } from './export-csv.js';

/** One row per edge case, every column NULL in the last one. */
const EDGE_CASES_SQL = `
SELECT * FROM (VALUES
  (1, TIMESTAMP '2024-01-02 03:04:05', TIMESTAMPTZ '2024-01-02 03:04:05+02', DATE '2024-02-29',
   12.50::numeric, 9007199254740993::bigint, 1.5::float8, true, '=SUM(A1)'::text,
   '{"a": [1, "x,y"]}'::jsonb, ARRAY[1, 2]::int[], ARRAY['a,b', NULL]::text[], 42::int2),
  (2, TIMESTAMP '2024-01-02 03:04:05.123456', TIMESTAMPTZ '2024-01-02 03:04:05.5-03:30',
   DATE '0044-03-15 BC', 0.000::numeric, '-9223372036854775808'::bigint, 1e20::float8, false,
   'a,b "q"', '[]'::jsonb, ARRAY[]::int[], ARRAY['-x']::text[], -1::int2),
  (3, TIMESTAMP '2024-01-02 03:04:05.000999', TIMESTAMPTZ 'infinity', DATE 'infinity',
   0.0000001::numeric, 0::bigint, 'NaN'::float8, true, '', 'null'::jsonb,
   ARRAY[NULL]::int[], ARRAY['']::text[], 0::int2),
  (4, TIMESTAMP '0999-12-31 23:59:59', TIMESTAMPTZ '2024-06-30 23:59:59.999+00',
   DATE '10000-01-01', 'NaN'::numeric, 12::bigint, '-Infinity'::float8, false,
   E'two\\nlines', '"=1"'::jsonb, ARRAY[3]::int[], ARRAY['t']::text[], 7::int2),
  (5, TIMESTAMP '-infinity', TIMESTAMPTZ '1999-12-31 23:00:00+01', DATE '2000-01-01',
   '-Infinity'::numeric, -5::bigint, -0::float8, true, ' -cmd|x', '1.50'::jsonb,
   ARRAY[4, 5]::int[], ARRAY['@x']::text[], 8::int2),
  (6, TIMESTAMP '2024-01-02 03:04:05.1', TIMESTAMPTZ '2024-01-02 03:04:05.000001+00',
   DATE '1000-01-01', 0.1234567890123456789::numeric, 1::bigint, 1.1::float4, false,
   '-2', '{}'::jsonb, ARRAY[6]::int[], ARRAY['b']::text[], 9::int2),
  (7, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL)
) AS edge(n, ts, tstz, d, dec, big, f, b, t, j, ints, texts, small)
ORDER BY n`;

/** Enough generated rows for several batches, with fractions, signs and NULLs. */
const GENERATED_SQL = `
SELECT g AS id, (g * 2654435761::bigint) % 1000000007 - 500000000 AS account_id,
  ((g % 100000) / 100.0 - 300)::numeric(12,2) AS amount, (g % 997) / 7.0 AS ratio,
  (g % 1000) / 3.0::float8 AS score, 'customer_' || (g % 500) AS customer,
  TIMESTAMP '2024-01-01' + g * INTERVAL '31.123457 seconds' AS created_at,
  CASE WHEN g % 10 = 0 THEN NULL ELSE TIMESTAMPTZ '2024-01-01 00:00:00+00' + g * INTERVAL '1 hour' END AS shipped_at,
  DATE '2024-01-01' + g % 800 AS day, g % 3 = 0 AS is_priority
FROM generate_series(1, 25000) AS g ORDER BY g`;

const SETTINGS = [
  csvExportSettingsOf({}),
  csvExportSettingsOf({ sep: ';', decimal: ',', encoding: 'utf-8-sig' }),
  csvExportSettingsOf({ sep: ' ', encoding: 'latin-1' }),
  csvExportSettingsOf({ sep: ':' }),
];

/** The same client as an engine that ignores `cells: 'text'` and sends typed cells. */
function typedOnly(client: EngineClient): EngineClient {
  return {
    ...client,
    stream: (sql, options) => client.stream(sql, { ...options, cells: 'typed' }),
  };
}

async function exported(client: EngineClient, sql: string, settingsIndex: number): Promise<Buffer> {
  const chunks: Buffer[] = [];
  const options = { limit: 100_000, schema: null, readOnly: true };
  const settings = SETTINGS[settingsIndex];
  if (!settings) throw new Error('no such settings');
  for await (const chunk of exportCsvChunks(client, sql, options, settings)) chunks.push(chunk);
  return Buffer.concat(chunks);
}

await describeWithServices([LIVE_POSTGRES], 'CSV export from text cells (PostgreSQL)', () => {
  let client: EngineClient;

  beforeAll(async () => {
    const uri = parseSqlalchemyUri(LIVE_POSTGRES.uri);
    const spec = createEngineRegistry(ALL_ENGINE_SPECS).forUri(uri);
    if (!spec.loadClient) throw new Error('PostgreSQL has no client');
    const factory = await spec.loadClient();
    // One connection, so the session's time zone set below holds for every run.
    client = factory(
      resolveConnectionSettings(spec, uri, { connectTimeoutMs: 5_000, poolSize: 1 }),
    );
  });

  afterAll(async () => {
    await client?.close();
  });

  it('streams text cells from PostgreSQL (the fast path is the one under test)', async () => {
    for await (const batch of client.stream('SELECT 1 AS n', { cells: 'text' })) {
      expect(batch.rows).toEqual([['1']]);
      expect(batch.readers).toHaveLength(1);
    }
  });

  for (const timeZone of ['UTC', 'America/St_Johns']) {
    it(`writes the same CSV from text cells as from typed cells (session zone ${timeZone})`, async () => {
      await client.execute(`SELECT set_config('TimeZone', '${timeZone}', false)`);
      for (const [index] of SETTINGS.entries()) {
        for (const sql of [EDGE_CASES_SQL, GENERATED_SQL]) {
          const fromText = await exported(client, sql, index);
          const fromTyped = await exported(typedOnly(client), sql, index);
          expect(fromText.length).toBeGreaterThan(100);
          expect(fromText.equals(fromTyped), `settings ${index}: ${sql.slice(0, 40)}`).toBe(true);
        }
      }
    });
  }

  it('writes every kind of value exactly as the typed export always has', async () => {
    await client.execute(`SELECT set_config('TimeZone', 'UTC', false)`);
    const text = (await exported(client, EDGE_CASES_SQL, 0)).toString('utf8');
    expect(text.split('\n')).toEqual([
      'n,ts,tstz,d,dec,big,f,b,t,j,ints,texts,small',
      `1,2024-01-02 03:04:05,2024-01-02 01:04:05,2024-02-29 00:00:00,12.5,9007199254740993,1.5,True,'=SUM(A1),"{""a"": [1, ""x,y""]}","[1,2]","[""a,b"",null]",42`,
      `2,2024-01-02 03:04:05.123,2024-01-02 06:34:05.500,0044-03-15 BC,0,'-9223372036854775808,100000000000000000000,False,"a,b ""q""",[],[],"[""-x""]",-1`,
      '3,2024-01-02 03:04:05,infinity,infinity,1e-7,0,NaN,True,,null,[null],"[""""]",0',
      '4,999-12-31 23:59:59,2024-06-30 23:59:59.999,10000-01-01 00:00:00,NaN,12,-Infinity,False,"two',
      'lines","""=1""",[3],"[""t""]",7',
      `5,'-infinity,1999-12-31 22:00:00,2000-01-01 00:00:00,'-Infinity,-5,0,True,' -cmd\\|x,1.50,"[4,5]","[""@x""]",8`,
      `6,2024-01-02 03:04:05.100,2024-01-02 03:04:05,1000-01-01 00:00:00,0.12345678901234568,1,1.100000023841858,False,'-2,{},[6],"[""b""]",9`,
      '7,,,,,,,,,,,,',
      '',
    ]);
  });
});
