import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createFilesystemResultsBackend } from './filesystem-results-backend.js';
import { createMemoryResultsBackend } from './memory-results-backend.js';
import { createResultsCodec } from './results-codec.js';
import { resultsBackendFromConfig } from './create-results-backend.js';

const dirs: string[] = [];
const tempDir = () => {
  const dir = mkdtempSync(join(tmpdir(), 'results-backend-'));
  dirs.push(dir);
  return dir;
};
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe.each([
  ['filesystem', (now: () => number) => createFilesystemResultsBackend(tempDir(), now)],
  ['memory', (now: () => number) => createMemoryResultsBackend(now)],
])('the %s results backend', (_name, make) => {
  it('gives back what was stored, nothing for an unknown key, and nothing once expired', async () => {
    let clock = 1_000_000;
    const backend = make(() => clock);
    await backend.set('abc', Buffer.from('hello'), 60);
    await backend.set('forever', Buffer.from('x'), null);
    expect((await backend.get('abc'))?.toString()).toBe('hello');
    expect(await backend.get('other')).toBeNull();
    clock += 61_000;
    expect(await backend.get('abc')).toBeNull();
    expect((await backend.get('forever'))?.toString()).toBe('x');
    await backend.delete('forever');
    expect(await backend.get('forever')).toBeNull();
  });
});

describe('the filesystem results backend', () => {
  it('refuses keys that could leave its directory', async () => {
    const backend = createFilesystemResultsBackend(tempDir());
    await expect(backend.set('../escape', Buffer.from('x'), null)).rejects.toThrow(/results key/);
    await expect(backend.get('a/b')).rejects.toThrow(/results key/);
  });

  it('leaves no temporary file behind', async () => {
    const dir = tempDir();
    const backend = createFilesystemResultsBackend(dir);
    await backend.set('k1', Buffer.from('data'), 10);
    expect(readdirSync(dir)).toEqual(['k1.bin']);
  });
});

describe('the results codec', () => {
  const payload = {
    columns: [{ name: 'd', type: 'timestamp' }],
    rows: [[new Date('2024-05-06T07:08:09.010Z'), 1.5, 'text', null, true]],
  };

  it('round-trips rows through compressed MessagePack, dates included', async () => {
    const codec = createResultsCodec(true);
    const bytes = await codec.encode(payload);
    expect(bytes.subarray(0, 1)[0]).toBe(0x78); // a zlib stream
    expect(await codec.decode(bytes)).toEqual(payload);
  });

  it('writes JSON when MessagePack is off (dates as ISO text)', async () => {
    const codec = createResultsCodec(false);
    const decoded = await codec.decode<typeof payload>(await codec.encode(payload));
    expect(decoded.rows[0]?.[0]).toBe('2024-05-06T07:08:09.010Z');
  });
});

describe('choosing the results backend from RESULTS_BACKEND', () => {
  const base = { DATA_DIR: '/data', CACHE_DEFAULT_TIMEOUT: 300 };
  const warn = () => undefined;

  it('keeps results under DATA_DIR by default, and none with NullCache', () => {
    expect(
      resultsBackendFromConfig({ ...base, RESULTS_BACKEND: null }, { warn }).backend,
    ).not.toBeNull();
    expect(
      resultsBackendFromConfig({ ...base, RESULTS_BACKEND: { CACHE_TYPE: 'NullCache' } }, { warn })
        .backend,
    ).toBeNull();
  });

  it('says so when a metastore backend is asked for, and still keeps results', () => {
    const chosen = resultsBackendFromConfig(
      {
        ...base,
        RESULTS_BACKEND: { CACHE_TYPE: 'SupersetMetastoreCache', CACHE_DEFAULT_TIMEOUT: 42 },
      },
      { warn },
    );
    expect(chosen.backend).not.toBeNull();
    expect(chosen.timeoutSeconds).toBe(42);
    expect(chosen.warning).toMatch(/SupersetMetastoreCache is not available/);
  });
});
