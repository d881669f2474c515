import { readFileSync } from 'node:fs';

/** The product version, from the server package's package.json (one source of truth). */
export function readProductVersion(): string {
  const manifest = JSON.parse(
    readFileSync(new URL('../../package.json', import.meta.url), 'utf8'),
  ) as {
    version?: string;
  };
  return manifest.version ?? '0.0.0';
}
