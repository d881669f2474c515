import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { isResultsKey, type ResultsBackend } from './results-backend.js';

/** Expiry header: 8 bytes of epoch milliseconds (0: never). */
const HEADER_BYTES = 8;

function fileOf(directory: string, key: string): string {
  if (!isResultsKey(key)) throw new RangeError(`Not a results key: ${JSON.stringify(key)}`);
  return join(directory, `${key}.bin`);
}

/**
 * Results kept as files in one directory (Flask-Caching's FileSystemCache idea): each file
 * starts with its expiry time; an expired file reads as missing and is removed. Writes go
 * to a temporary name first, so a reader never sees half a file.
 */
export function createFilesystemResultsBackend(
  directory: string,
  now: () => number = Date.now,
): ResultsBackend {
  // Created on the first write, so a server that never stores results never touches the disk
  // (and a failure reaches the writer that needs the folder, not an unhandled promise).
  let ready: Promise<unknown> | undefined;
  return {
    async set(key, value, timeoutSeconds) {
      ready ??= mkdir(directory, { recursive: true, mode: 0o700 });
      try {
        await ready;
      } catch (error) {
        ready = undefined;
        throw error;
      }
      const file = fileOf(directory, key);
      const header = Buffer.alloc(HEADER_BYTES);
      const expiresAt = timeoutSeconds && timeoutSeconds > 0 ? now() + timeoutSeconds * 1000 : 0;
      header.writeBigUInt64BE(BigInt(expiresAt));
      const temporary = `${file}.${process.pid}.tmp`;
      await writeFile(temporary, Buffer.concat([header, value]), { mode: 0o600 });
      await rename(temporary, file);
    },
    async get(key) {
      const file = fileOf(directory, key);
      let content: Buffer;
      try {
        content = await readFile(file);
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
        throw error;
      }
      if (content.length < HEADER_BYTES) return null;
      const expiresAt = Number(content.readBigUInt64BE(0));
      if (expiresAt !== 0 && expiresAt <= now()) {
        await rm(file, { force: true });
        return null;
      }
      return content.subarray(HEADER_BYTES);
    },
    async delete(key) {
      await rm(fileOf(directory, key), { force: true });
    },
    close() {
      return Promise.resolve();
    },
  };
}
