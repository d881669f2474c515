import { mkdirSync, mkdtempSync, rmSync, symlinkSync, linkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  ALL_ENGINE_SPECS,
  createEngineRegistry,
  parseSqlalchemyUri,
  type EngineSpec,
} from '@superset-ts/engines';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLocalFileGuard, type LocalFileGuardOptions } from './local-file-guard.js';

const postgres = createEngineRegistry(ALL_ENGINE_SPECS).byEngine('postgresql') as EngineSpec;
const FILE_ENGINE: EngineSpec = {
  ...postgres,
  engine: 'sqlite',
  engineName: 'SQLite',
  localFile: true,
};

describe('the local-file guard', () => {
  let root: string;
  let allowed: string;
  let metadataFile: string;
  const guard = (overrides: Partial<LocalFileGuardOptions> = {}) =>
    createLocalFileGuard({
      preventUnsafe: true,
      allowedDirectories: [allowed],
      metadataDbFile: metadataFile,
      cwd: root,
      ...overrides,
    });
  const check =
    (g: ReturnType<typeof guard>, uri: string, spec = FILE_ENGINE) =>
    () =>
      g.requireAllowed(spec, parseSqlalchemyUri(uri));

  beforeAll(() => {
    root = mkdtempSync(join(tmpdir(), 'st-file-guard-'));
    allowed = join(root, 'allowed');
    mkdirSync(allowed);
    metadataFile = join(root, 'superset.db');
    writeFileSync(metadataFile, '');
    writeFileSync(join(allowed, 'sales.db'), '');
  });
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('allows files under LOCAL_DATABASE_DIRECTORIES, existing or not yet', () => {
    const g = guard();
    expect(check(g, `sqlite:///${join(allowed, 'sales.db')}`)).not.toThrow();
    expect(check(g, `sqlite:///${join(allowed, 'new', 'later.db')}`)).not.toThrow();
    expect(check(g, 'sqlite:///allowed/sales.db')).not.toThrow();
  });

  it('refuses other paths, escapes with .., symlinks out and memory databases', () => {
    const g = guard();
    for (const uri of [
      'sqlite:////etc/passwd',
      `sqlite:///${join(allowed, '..', 'outside.db')}`,
      `sqlite:///${allowed}`,
      'sqlite://',
      'sqlite:///:memory:',
    ]) {
      expect(check(g, uri), uri).toThrow(/security reasons|in memory/);
    }
    symlinkSync('/etc', join(allowed, 'etc-link'));
    expect(check(g, `sqlite:///${join(allowed, 'etc-link', 'passwd')}`)).toThrow(
      /LOCAL_DATABASE_DIRECTORIES/,
    );
  });

  it('never opens the metadata database, through a symlink or hard link too, whatever the settings', () => {
    const open = guard({ preventUnsafe: false, allowedDirectories: [root] });
    expect(check(open, `sqlite:///${metadataFile}`)).toThrow(/metadata database/);
    symlinkSync(metadataFile, join(allowed, 'innocent.db'));
    linkSync(metadataFile, join(allowed, 'hard.db'));
    expect(check(guard(), `sqlite:///${join(allowed, 'innocent.db')}`)).toThrow(/metadata/);
    expect(check(open, `sqlite:///${join(allowed, 'hard.db')}`)).toThrow(/metadata/);
    expect(check(open, 'sqlite:////etc/hosts')).not.toThrow();
    expect(check(open, 'sqlite://')).not.toThrow();
  });

  it('accepts the examples file wherever it is, but not a sibling nor the metadata database', () => {
    const examples = join(root, 'home', 'examples.duckdb');
    mkdirSync(join(root, 'home'), { recursive: true });
    writeFileSync(examples, '');
    symlinkSync(join(root, 'home'), join(root, 'home-link'));
    const g = guard({ examplesDbFile: join(root, 'home-link', 'examples.duckdb') });
    expect(check(g, `duckdb:///${examples}`)).not.toThrow();
    expect(check(g, 'sqlite:///home/examples.duckdb')).not.toThrow();
    expect(check(g, `sqlite:///${join(root, 'home', 'other.duckdb')}`)).toThrow(
      /LOCAL_DATABASE_DIRECTORIES/,
    );
    const metadataAsExamples = guard({ examplesDbFile: metadataFile });
    expect(check(metadataAsExamples, `sqlite:///${metadataFile}`)).toThrow(/metadata database/);
  });

  it('leaves engines that do not read local files alone', () => {
    expect(check(guard(), 'postgresql://u@h//etc/passwd', postgres)).not.toThrow();
  });

  it('answers DATABASE_SECURITY_ACCESS_ERROR', () => {
    try {
      check(guard(), 'sqlite:////etc/passwd')();
    } catch (error) {
      expect(error).toMatchObject({ code: 'DATABASE_SECURITY_ACCESS_ERROR', status: 400 });
      return;
    }
    throw new Error('not refused');
  });
});
