import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { METADATA_MIGRATIONS } from './index.js';

const MIGRATION_FILE = /^(\d{4}_[a-z0-9_]+)\.ts$/;

describe('the registered migrations', () => {
  it('are exactly the NNNN_name files of this folder, in order, named after them', () => {
    const folder = fileURLToPath(new URL('.', import.meta.url));
    const stems = readdirSync(folder)
      .map((file) => MIGRATION_FILE.exec(file)?.[1])
      .filter((stem) => stem !== undefined)
      .sort();
    expect(METADATA_MIGRATIONS.map((migration) => migration.revision)).toEqual(stems);
  });

  it('each have a description for `superset db history`', () => {
    for (const migration of METADATA_MIGRATIONS) expect(migration.description).not.toBe('');
  });
});
