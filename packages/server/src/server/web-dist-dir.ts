import { fileURLToPath } from 'node:url';

/**
 * Where the built web app lives in this checkout (`packages/web/dist`). The path is the same
 * from `src/` (tests) and from `dist/` (the built server), both two levels below the package.
 */
export function defaultWebDistDir(): string {
  return fileURLToPath(new URL('../../../web/dist/', import.meta.url));
}
