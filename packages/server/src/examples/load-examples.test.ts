import { spawn } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadExamples } from './load-examples.js';
import { loadExamplesSuite, unicodeTable } from './test-support/load-examples-suite.js';
import {
  openExamplesTestHome,
  recordingProgress,
  type ExamplesTestHome,
} from './test-support/examples-test-home.js';

describe('loadExamples on the default DuckDB file', () => {
  loadExamplesSuite(() => undefined);
});

describe('loadExamples on a SQLite file', () => {
  loadExamplesSuite((home) => `sqlite:///${join(home, 'examples.db')}`, { hasSqlTables: false });
});

describe('loadExamples refusals', () => {
  let h: ExamplesTestHome;
  beforeAll(async () => {
    h = await openExamplesTestHome({
      examplesUri: 'postgresql://postgres:s3cret-pw@127.0.0.1:5999/nowhere',
    });
  });
  afterAll(() => h.close());
  const run = (home: ExamplesTestHome) =>
    loadExamples(
      home.config,
      home.metadataDb,
      { force: false, onlyMetadata: false, tables: [unicodeTable(3)], cwd: home.home },
      recordingProgress(),
    );

  it('says the examples database cannot be reached, without its password', async () => {
    const error = (await run(h).catch((e: unknown) => e)) as Error & { code: string };
    expect(error).toMatchObject({ code: 'EXAMPLES_DATABASE_UNREACHABLE' });
    expect(error.message).toMatch(
      /^The examples database at postgresql:\/\/postgres@127\.0\.0\.1:5999\/nowhere cannot be reached: .+Check SQLALCHEMY_EXAMPLES_URI/,
    );
    expect(error.message).not.toContain('s3cret-pw');
  });

  it('says another process holds the DuckDB file (a running server) and what to do', async () => {
    const home = await openExamplesTestHome();
    const file = join(home.home, 'examples.duckdb');
    mkdirSync(home.home, { recursive: true });
    const api = pathToFileURL(createRequire(import.meta.url).resolve('@duckdb/node-api')).href;
    const holder = spawn(
      process.execPath,
      [
        '--input-type=module',
        '-e',
        `const { DuckDBInstance } = await import(${JSON.stringify(api)});
         globalThis.held = await DuckDBInstance.create(${JSON.stringify(file)});
         process.stdout.write('ready');
         setInterval(() => undefined, 1000);`,
      ],
      { stdio: ['ignore', 'pipe', 'inherit'] },
    );
    try {
      await new Promise((resolve) => holder.stdout.once('data', resolve));
      const error = (await run(home).catch((e: unknown) => e)) as Error & { code: string };
      expect(error.code).toBe('EXAMPLES_DATABASE_UNREACHABLE');
      expect(error.message).toMatch(
        /cannot be reached: .*another process.*Another process holds the file: stop the running Superset\.ts server/s,
      );
    } finally {
      holder.kill();
      await home.close();
    }
  });

  it('refuses to load into the metadata database', async () => {
    const home = await openExamplesTestHome({
      examplesUri: (folder) => `sqlite:///${join(folder, 'superset.db')}`,
    });
    try {
      await expect(run(home)).rejects.toMatchObject({
        code: 'EXAMPLES_DATABASE_UNSUPPORTED',
        message: expect.stringMatching(/This is the metadata database/) as unknown,
      });
      const tables = await home.metadataDb.kysely.introspection.getTables();
      expect(tables.map((t) => t.name)).not.toContain('superset_examples_loaded');
    } finally {
      await home.close();
    }
  });

  it('asks for an admin first when there is none, before touching the data', async () => {
    const noAdmin = await openExamplesTestHome({ withAdmin: false });
    try {
      await expect(run(noAdmin)).rejects.toMatchObject({
        code: 'EXAMPLES_NO_ADMIN',
        message: 'No admin user exists: run `superset fab create-admin` first.',
      });
    } finally {
      await noAdmin.close();
    }
  });
});
