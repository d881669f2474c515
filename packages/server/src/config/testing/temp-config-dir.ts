import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';

/** A throw-away working directory for config tests, removed by `cleanup`. */
export interface TempConfigDir {
  readonly dir: string;
  /** An environment whose HOME is the temp dir, so DATA_DIR never points at the real home. */
  readonly env: Record<string, string>;
  /** Writes a file into the temp dir and returns its absolute path. */
  write(name: string, content: string): Promise<string>;
  cleanup(): Promise<void>;
}

/** Creates a fresh temp dir for one test. */
export async function makeTempConfigDir(): Promise<TempConfigDir> {
  const dir = await mkdtemp(path.join(tmpdir(), 'superset-config-'));
  return {
    dir,
    env: { HOME: dir },
    async write(name, content) {
      const file = path.join(dir, name);
      await writeFile(file, content, 'utf8');
      return file;
    },
    cleanup: () => rm(dir, { recursive: true, force: true }),
  };
}
