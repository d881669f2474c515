import type { ExampleCell, GeneratedExampleTable } from '../example-table.js';
import { LONG_LAT } from '../table-schemas.js';
import { encodeGeohash } from './geohash.js';
import { SF_BOX, SF_DISTRICTS, type SfDistrict } from './reference/sf-districts.js';
import { seededRandom, type SeededRandom } from './seeded-random.js';

const ADDRESS_COUNT = 10_000;
const YEAR_START = Date.UTC(2023, 0, 1);
const YEAR_MINUTES = 365 * 24 * 60;
const DISTRICT_WEIGHTS = SF_DISTRICTS.map((district) => district.weight);

function round(value: number, digits: number): number {
  const scale = 10 ** digits;
  return Math.round(value * scale) / scale;
}

/** A point near the district's centre, drawn again until it lies inside the city's box. */
function pointIn(random: SeededRandom, district: SfDistrict): [number, number] {
  for (;;) {
    const lat = round(random.normal(district.latitude, district.spread), 6);
    // A degree of longitude is shorter than one of latitude at this latitude.
    const lon = round(random.normal(district.longitude, district.spread * 1.26), 6);
    const isInside =
      lat > SF_BOX.minLat && lat < SF_BOX.maxLat && lon > SF_BOX.minLon && lon < SF_BOX.maxLon;
    if (isInside) return [lat, lon];
  }
}

function unit(random: SeededRandom): string | null {
  if (random.chance(0.7)) return null;
  return random.pick([
    `Apt ${random.int(1, 12)}`,
    `#${random.int(1, 6)}0${random.int(1, 9)}`,
    `Unit ${random.pick(['A', 'B', 'C', 'D'])}`,
  ]);
}

function id(random: SeededRandom): string {
  return Array.from({ length: 16 }, () => random.int(0, 15).toString(16)).join('');
}

function addressRow(random: SeededRandom): ExampleCell[] {
  const district = random.weightedPick(SF_DISTRICTS, DISTRICT_WEIGHTS);
  const [lat, lon] = pointIn(random, district);
  const datetime = new Date(YEAR_START + random.int(0, YEAR_MINUTES - 1) * 60_000);
  return [
    lon,
    lat,
    String(random.int(1, 399) * random.pick([1, 1, 2, 5, 10])),
    random.pick(district.streets),
    unit(random),
    'San Francisco',
    district.name,
    'CA',
    random.pick(district.postcodes),
    id(random),
    datetime,
    random.int(1, 6),
    round(random.float(1, 3), 2),
    encodeGeohash(lat, lon, 9),
    `${lat},${lon}`,
  ];
}

function* longLatRows(): Generator<ExampleCell[]> {
  const random = seededRandom('long_lat');
  for (let i = 0; i < ADDRESS_COUNT; i += 1) yield addressRow(random);
}

/** long_lat: street addresses across San Francisco's districts, with geohashes, for maps. */
export const LONG_LAT_TABLE: GeneratedExampleTable = {
  kind: 'rows',
  schema: LONG_LAT,
  version: 1,
  rowCount: ADDRESS_COUNT,
  rows: longLatRows,
};
