import type { ExampleCell, GeneratedExampleTable } from '../example-table.js';
import { BIRTH_NAMES } from '../table-schemas.js';
import { FIRST_NAMES, type FirstName } from './reference/first-names.js';
import { US_STATES } from './reference/us-states.js';
import { seededRandom } from './seeded-random.js';

const FIRST_YEAR = 1965;
const LAST_YEAR = 2008;
/**
 * Like the real data, a name/state/year cell becomes a row only from a threshold of babies:
 * THRESHOLD_SCALE * (the state's babies of that gender) ^ THRESHOLD_POWER, so every state
 * keeps its common names and large states keep more.
 */
const THRESHOLD_SCALE = 0.055;
const THRESHOLD_POWER = 0.75;
/** The share of births that the listed names account for (the rest have rarer names). */
const NAME_COVERAGE = 0.4;
/** Babies born in the US, in thousands, at a few years; the years between are interpolated. */
const US_BIRTHS_THOUSANDS: readonly (readonly [number, number])[] = [
  [1965, 3760],
  [1970, 3731],
  [1975, 3144],
  [1980, 3612],
  [1985, 3761],
  [1990, 4158],
  [1995, 3900],
  [2000, 4059],
  [2005, 4138],
  [2008, 4248],
];
/** Territories and births without a state: a small bucket named 'other'. */
const OTHER_STATE = { code: 'other', populationThousands: 1500 };
/** States that grew faster (+) or slower (-) than the country over the period. */
const GROWTH: Readonly<Record<string, number>> = {
  AZ: 0.5,
  NV: 0.6,
  TX: 0.3,
  FL: 0.3,
  GA: 0.25,
  NC: 0.2,
  UT: 0.3,
  CO: 0.25,
  CA: 0.1,
  NY: -0.2,
  PA: -0.2,
  OH: -0.2,
  MI: -0.2,
  IL: -0.15,
  WV: -0.25,
  IA: -0.15,
};
const HISPANIC_STATES = new Set(['CA', 'TX', 'AZ', 'NM', 'NV', 'FL', 'CO', 'IL', 'NY', 'NJ']);

function usBirths(year: number): number {
  for (let i = 1; i < US_BIRTHS_THOUSANDS.length; i += 1) {
    const [toYear, to] = US_BIRTHS_THOUSANDS[i] ?? [year, 0];
    const [fromYear, from] = US_BIRTHS_THOUSANDS[i - 1] ?? [year, 0];
    if (year <= toYear)
      return (from + ((to - from) * (year - fromYear)) / (toYear - fromYear)) * 1000;
  }
  return (US_BIRTHS_THOUSANDS.at(-1)?.[1] ?? 0) * 1000;
}

const STATES = [...US_STATES, OTHER_STATE];
const TOTAL_POPULATION = STATES.reduce((sum, state) => sum + state.populationThousands, 0);

function stateBirths(code: string, populationThousands: number, year: number): number {
  const drift = 1 + (GROWTH[code] ?? 0) * ((year - 1986) / 22);
  return (usBirths(year) * populationThousands * drift) / TOTAL_POPULATION;
}

/** A name's popularity in a year: a bell around its peak, never quite zero. */
function popularity(name: FirstName, year: number): number {
  const distance = (year - name.peakYear) / name.widthYears;
  return name.weight * (Math.exp(-0.5 * distance * distance) + 0.02);
}

/** Each name's share of its gender's births, per year. */
function sharesByYear(): Map<number, number[]> {
  const shares = new Map<number, number[]>();
  for (let year = FIRST_YEAR; year <= LAST_YEAR; year += 1) {
    const raw = FIRST_NAMES.map((name) => popularity(name, year));
    const totals = { boy: 0, girl: 0 };
    FIRST_NAMES.forEach((name, i) => (totals[name.gender] += raw[i] ?? 0));
    shares.set(
      year,
      FIRST_NAMES.map((name, i) => ((raw[i] ?? 0) / totals[name.gender]) * NAME_COVERAGE),
    );
  }
  return shares;
}

function* birthNameRows(): Generator<ExampleCell[]> {
  const random = seededRandom('birth_names');
  const shares = sharesByYear();
  // Regional taste: a name is a little more or less common in a state, every year.
  const regional = STATES.map((state) =>
    FIRST_NAMES.map((name) => {
      const hispanic = name.isHispanic ? (HISPANIC_STATES.has(state.code) ? 2 : 0.4) : 1;
      return hispanic * Math.exp(random.normal(0, 0.25));
    }),
  );
  for (let year = FIRST_YEAR; year <= LAST_YEAR; year += 1) {
    const ds = new Date(Date.UTC(year, 0, 1));
    const yearShares = shares.get(year) ?? [];
    for (const [s, state] of STATES.entries()) {
      const babiesPerGender = stateBirths(state.code, state.populationThousands, year) / 2;
      const threshold = THRESHOLD_SCALE * babiesPerGender ** THRESHOLD_POWER;
      for (const [i, name] of FIRST_NAMES.entries()) {
        const expected = babiesPerGender * (yearShares[i] ?? 0) * (regional[s]?.[i] ?? 1);
        const num = Math.round(expected * Math.exp(random.normal(0, 0.08)));
        if (num < threshold) continue;
        const isBoy = name.gender === 'boy';
        yield [ds, name.gender, name.name, num, state.code, isBoy ? num : 0, isBoy ? 0 : num];
      }
    }
  }
}

let rowCount: number | undefined;

/** birth_names: babies by first name, gender, state and year, 1965-2008 (about 75k rows). */
export const BIRTH_NAMES_TABLE: GeneratedExampleTable = {
  kind: 'rows',
  schema: BIRTH_NAMES,
  version: 1,
  get rowCount() {
    if (rowCount === undefined) {
      rowCount = 0;
      for (const _ of birthNameRows()) rowCount += 1;
    }
    return rowCount;
  },
  rows: birthNameRows,
};
