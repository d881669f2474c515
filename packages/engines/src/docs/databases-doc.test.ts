import { existsSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { format, resolveConfig } from 'prettier';
import { describe, expect, it } from 'vitest';
import { POSTGRES_SPEC } from '../postgres/postgres.spec.js';
import { ALL_ENGINE_SPECS } from '../registry/all-engines.js';
import type { EngineSpec } from '../spec/engine-spec.js';
import { DATABASES_DOC_HEADER, renderDatabasesDoc } from './databases-doc.js';

const DOCS = fileURLToPath(new URL('../../../../docs/databases.md', import.meta.url));
const STALE =
  'docs/databases.md is not what the engine specs render: run UPDATE_DATABASE_DOCS=1 npx vitest run packages/engines/src/docs';

/** The page as it reads once Prettier (which formats docs/) has laid it out. */
async function formattedDoc(specs: readonly EngineSpec[]): Promise<string> {
  const options = (await resolveConfig(DOCS)) ?? {};
  return format(renderDatabasesDoc(specs), { ...options, parser: 'markdown' });
}

describe('docs/databases.md', () => {
  it('is the render of ALL_ENGINE_SPECS (UPDATE_DATABASE_DOCS=1 rewrites it)', async () => {
    const expected = await formattedDoc(ALL_ENGINE_SPECS);
    if (process.env.UPDATE_DATABASE_DOCS === '1') await writeFile(DOCS, expected, 'utf8');
    const current = existsSync(DOCS) ? await readFile(DOCS, 'utf8') : '';
    expect(current === expected, STALE).toBe(true);
  });
});

describe('renderDatabasesDoc', () => {
  const dialectOnly: EngineSpec = {
    ...POSTGRES_SPEC,
    engine: 'pipe',
    engineName: 'Pipe | DB',
    backends: ['pipe'],
    driverPackage: null,
    tested: 'dialect',
    loadClient: undefined,
    localFile: true,
    supportsTls: false,
    queryOptions: { mode: { type: 'enum', values: ['a', 'b'] } },
    connectArgOptions: {},
    notes: 'Listed but not connectable.',
  };

  it('gives one row per engine, sorted by name, with its package, test level and client', () => {
    const doc = renderDatabasesDoc([POSTGRES_SPEC, dialectOnly]);
    expect(doc.startsWith(DATABASES_DOC_HEADER)).toBe(true);
    expect(doc).toContain(
      '| Pipe \\| DB | `pipe` | `postgresql://user:password@host:port/dbname[?key=value&key=value...]` | none | dialect-tested | no | Listed but not connectable. |',
    );
    expect(doc.indexOf('| Pipe \\| DB |')).toBeLessThan(doc.indexOf('| PostgreSQL |'));
    expect(doc).toMatch(/\| PostgreSQL \| `postgresql` \| .* \| `pg` \| live-tested \| yes \|/);
  });

  it('lists the options each engine takes and the local-file engines', () => {
    const doc = renderDatabasesDoc([POSTGRES_SPEC, dialectOnly]);
    expect(doc).toContain('| Pipe \\| DB | `mode` (a, b) | none | no |');
    expect(doc).toContain(
      '| PostgreSQL | `connect_timeout` (whole number 1-600), `application_name` (text) |',
    );
    expect(doc).toContain('Pipe | DB opens files on the server itself.');
    expect(doc).toContain('`CONNECTION_PORT_CLOSED_ERROR` | 422 |');
  });
});
