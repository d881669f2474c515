import type { ExampleCell, GeneratedExampleTable } from '../example-table.js';
import { FLIGHTS } from '../table-schemas.js';
import { AIRLINES, type Airline } from './reference/airlines.js';
import { AIRPORTS, type Airport } from './reference/airports.js';
import { seededRandom, type SeededRandom } from './seeded-random.js';

const FLIGHT_COUNT = 50_000;
const YEAR = 2024;
const EARTH_RADIUS_MILES = 3958.8;
/** Flights per month, relative: summer and the holidays are busiest. */
const MONTH_TRAFFIC = [0.85, 0.82, 0.98, 0.97, 1.02, 1.08, 1.12, 1.1, 0.95, 0.99, 0.96, 1.0];
/** How delay-prone each month is: summer storms and December snow. */
const MONTH_DELAYS = [1.1, 1.0, 0.85, 0.8, 0.9, 1.45, 1.55, 1.4, 0.75, 0.8, 0.85, 1.4];
/** Departures per hour of the day, 5:00 to 23:00. */
const DEPARTURE_HOURS = [5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23];
const HOUR_TRAFFIC = [2, 6, 8, 8, 7, 6, 6, 6, 6, 6, 6, 6, 7, 7, 6, 5, 4, 3, 2];
const AIRPORT_BY_CODE = new Map(AIRPORTS.map((airport) => [airport.code, airport]));
const AIRPORT_WEIGHTS = AIRPORTS.map((airport) => airport.passengersMillions);

function airportOf(code: string): Airport {
  const airport = AIRPORT_BY_CODE.get(code);
  if (!airport) throw new Error(`Unknown airport ${code}`);
  return airport;
}

/** Great-circle distance in miles (haversine). */
export function greatCircleMiles(from: Airport, to: Airport): number {
  const rad = Math.PI / 180;
  const dLat = (to.latitude - from.latitude) * rad;
  const dLon = (to.longitude - from.longitude) * rad;
  const a =
    Math.sin(dLat / 2) ** 2 +
    Math.cos(from.latitude * rad) * Math.cos(to.latitude * rad) * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_RADIUS_MILES * Math.asin(Math.sqrt(a));
}

function servedAirports(airline: Airline): Airport[] {
  if (!airline.network) return [...AIRPORTS];
  return [...airline.hubs, ...airline.network].map(airportOf);
}

/** Hub-and-spoke: most flights leave from or arrive at one of the airline's hubs. */
function route(random: SeededRandom, airline: Airline): [Airport, Airport] {
  const hubs = airline.hubs.map(airportOf);
  const served = servedAirports(airline);
  const weights = served.map((airport) => airport.passengersMillions);
  const hub = random.weightedPick(
    hubs,
    hubs.map((airport) => airport.passengersMillions),
  );
  let other = random.weightedPick(served, weights);
  while (other.code === hub.code) other = random.weightedPick(served, weights);
  if (random.chance(0.12) && !airline.network) {
    // A point-to-point flight between two non-hub airports.
    const from = random.weightedPick(AIRPORTS, AIRPORT_WEIGHTS);
    if (from.code !== other.code) return [from, other];
  }
  return random.chance(0.5) ? [hub, other] : [other, hub];
}

function departure(random: SeededRandom): Date {
  const month = random.weightedPick([...MONTH_TRAFFIC.keys()], MONTH_TRAFFIC);
  const days = new Date(Date.UTC(YEAR, month + 1, 0)).getUTCDate();
  const hour = random.weightedPick(DEPARTURE_HOURS, HOUR_TRAFFIC);
  return new Date(Date.UTC(YEAR, month, random.int(1, days), hour, random.int(0, 11) * 5));
}

/** Minutes late at departure: mostly a few minutes early or late, a long tail of hours. */
function departureDelay(random: SeededRandom, at: Date): number {
  const season = MONTH_DELAYS[at.getUTCMonth()] ?? 1;
  const evening = 0.55 + (at.getUTCHours() - 5) / 18; // worse as the day's delays cascade
  if (!random.chance(Math.min(0.9, 0.22 * season * evening))) {
    return Math.max(-15, Math.round(random.normal(-3, 4)));
  }
  const mean = random.chance(0.08) ? 150 : 25 * season;
  return Math.min(720, 5 + Math.round(-mean * Math.log(1 - random.next())));
}

function flightNumber(random: SeededRandom, airline: Airline): number {
  return airline.code === 'WN' ? random.int(100, 4999) : random.int(1, 2999);
}

function flightRow(random: SeededRandom): ExampleCell[] {
  const airline = random.weightedPick(
    AIRLINES,
    AIRLINES.map((candidate) => candidate.share),
  );
  const [origin, destination] = route(random, airline);
  const at = departure(random);
  const distance = Math.round(greatCircleMiles(origin, destination));
  const isCancelled = random.chance(0.015 * (MONTH_DELAYS[at.getUTCMonth()] ?? 1) ** 2);
  const delay = isCancelled ? null : departureDelay(random, at);
  const arrivalDelay = delay === null ? null : delay + Math.round(random.normal(-5, 7));
  const airTime = isCancelled
    ? null
    : Math.round(distance / 7.8 + 14 + random.normal(0, 3 + distance / 400));
  return [
    at,
    airline.code,
    flightNumber(random, airline),
    origin.code,
    origin.city,
    origin.state,
    destination.code,
    destination.city,
    destination.state,
    delay,
    arrivalDelay,
    distance,
    airTime,
    isCancelled,
    origin.latitude,
    origin.longitude,
    destination.latitude,
    destination.longitude,
  ];
}

function* flightRows(): Generator<ExampleCell[]> {
  const random = seededRandom('flights');
  const rows = Array.from({ length: FLIGHT_COUNT }, () => flightRow(random));
  rows.sort((a, b) => (a[0] as Date).getTime() - (b[0] as Date).getTime());
  yield* rows;
}

/** flights: a year of domestic US flights with delays, cancellations and coordinates. */
export const FLIGHTS_TABLE: GeneratedExampleTable = {
  kind: 'rows',
  schema: FLIGHTS,
  version: 1,
  rowCount: FLIGHT_COUNT,
  rows: flightRows,
};
