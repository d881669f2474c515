import type { ExampleCell, GeneratedExampleTable } from '../example-table.js';
import { SF_POPULATION_POLYGONS } from '../table-schemas.js';
import { SF_ZIP_CODES, type SfZipCode } from './reference/sf-zip-codes.js';
import { seededRandom, type SeededRandom } from './seeded-random.js';

const KM_PER_DEGREE_LAT = 111.32;
/** A polygon reaches at most this share of the way to the nearest other zip code's centre. */
const NEIGHBOUR_REACH = 0.45;

function distanceKm(a: SfZipCode, b: SfZipCode): number {
  const kmPerDegreeLon = KM_PER_DEGREE_LAT * Math.cos((a.latitude * Math.PI) / 180);
  return Math.hypot(
    (a.latitude - b.latitude) * KM_PER_DEGREE_LAT,
    (a.longitude - b.longitude) * kmPerDegreeLon,
  );
}

/** The radius of the zip code's area as a circle, capped so that neighbours barely overlap. */
function radiusKm(zip: SfZipCode): number {
  const nearest = Math.min(
    ...SF_ZIP_CODES.filter((other) => other !== zip).map((other) => distanceKm(zip, other)),
  );
  return Math.min(Math.sqrt(zip.areaKm2 / Math.PI), nearest * NEIGHBOUR_REACH);
}

/** A closed ring of 6-12 [lon, lat] vertices around the zip code's centre. */
function contour(random: SeededRandom, zip: SfZipCode): [number, number][] {
  const vertexCount = random.int(6, 12);
  const baseRadius = radiusKm(zip);
  const kmPerDegreeLon = KM_PER_DEGREE_LAT * Math.cos((zip.latitude * Math.PI) / 180);
  const start = random.float(0, 2 * Math.PI);
  const ring = Array.from({ length: vertexCount }, (_, i): [number, number] => {
    const angle = start + (2 * Math.PI * i) / vertexCount;
    const radius = baseRadius * random.float(0.8, 1.2);
    return [
      Math.round((zip.longitude + (radius * Math.cos(angle)) / kmPerDegreeLon) * 1e6) / 1e6,
      Math.round((zip.latitude + (radius * Math.sin(angle)) / KM_PER_DEGREE_LAT) * 1e6) / 1e6,
    ];
  });
  const first = ring[0];
  return first ? [...ring, first] : ring;
}

function* polygonRows(): Generator<ExampleCell[]> {
  const random = seededRandom('sf_population_polygons');
  for (const zip of SF_ZIP_CODES) {
    yield [zip.zipcode, zip.population, JSON.stringify(contour(random, zip)), zip.areaKm2];
  }
}

/** sf_population_polygons: San Francisco zip codes as polygons with population and area. */
export const SF_POPULATION_POLYGONS_TABLE: GeneratedExampleTable = {
  kind: 'rows',
  schema: SF_POPULATION_POLYGONS,
  version: 1,
  rowCount: SF_ZIP_CODES.length,
  rows: polygonRows,
};
