import type { Country } from './reference/countries.js';
import { seededRandom, type SeededRandom } from './seeded-random.js';

export const FIRST_YEAR = 1960;
export const LAST_YEAR = 2020;
const SPAN = LAST_YEAR - FIRST_YEAR;

/** One country's World Development Indicators for one year; null where the data is missing. */
export interface IndicatorYear {
  year: number;
  population: number;
  lifeExpectancy: number;
  urbanPercent: number;
  ruralPercent: number;
  over65Percent: number;
  gdp: number | null;
  gdpPerCapita: number | null;
  underFiveMortality: number | null;
}

/** Former socialist economies whose GDP series start around 1990, as in the real WDI. */
const LATE_GDP_SERIES = new Set(
  'ARM AZE BLR EST GEO KAZ KGZ LVA LTU MDA RUS TJK TKM UKR UZB BIH HRV MNE MKD SRB SVN SVK CZE XKX'.split(
    ' ',
  ),
);
/** City states and micro-states counted as fully urban. */
const FULLY_URBAN = new Set(['SGP', 'HKG', 'MAC', 'MCO', 'KWT', 'QAT', 'BMU', 'NRU']);
/** The depth (years) of the life expectancy dip of the HIV epidemic around 2002. */
const HIV_DIP: Readonly<Record<string, number>> = {
  BWA: 14,
  ZAF: 9,
  ZWE: 16,
  LSO: 12,
  SWZ: 15,
  ZMB: 8,
  NAM: 9,
  MWI: 6,
  MOZ: 5,
  UGA: 6,
  KEN: 5,
};

function round(value: number, digits: number): number {
  const scale = 10 ** digits;
  return Math.round(value * scale) / scale;
}

function clamp(value: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, value));
}

/** Log-space interpolation from p0 to p1; shrinking countries peak around 1990 first. */
function populationCurve(country: Country, random: SeededRandom): (t: number) => number {
  const p0 = Math.log(country.population1960);
  const p1 = Math.log(country.population2020);
  if (country.population2020 >= country.population1960 * 1.15) {
    const bend = random.float(-0.25, 0.25);
    return (t) => Math.exp(p0 + (p1 - p0) * (t + bend * t * (1 - t)));
  }
  const peakT = (random.int(1985, 1995) - FIRST_YEAR) / SPAN;
  const peak =
    Math.log(Math.max(country.population1960, country.population2020)) + random.float(0.05, 0.14);
  const ease = (u: number): number => (1 - Math.cos(Math.PI * u)) / 2;
  return (t) =>
    Math.exp(
      t <= peakT
        ? p0 + (peak - p0) * ease(t / peakT)
        : peak + (p1 - peak) * ease((t - peakT) / (1 - peakT)),
    );
}

function firstYearOf(isLate: boolean, random: SeededRandom, missingChance: number): number {
  if (isLate) return random.int(1990, 1995);
  return random.chance(missingChance) ? random.int(1961, 1990) : FIRST_YEAR;
}

/** The 61 yearly values of one country, deterministic per country (seeded by its ISO3 code). */
export function countrySeries(country: Country): IndicatorYear[] {
  const random = seededRandom(`wb_health_population:${country.iso3}`);
  const population = populationCurve(country, random);
  const lifeBend = random.float(0.8, 2.2);
  const hivDip = HIV_DIP[country.iso3] ?? 0;

  const isUrban = FULLY_URBAN.has(country.iso3);
  const urban2020 = isUrban
    ? 100
    : clamp(5 + 30 * Math.log10(country.gdpPerCapita2020 / 250) + random.normal(0, 6), 12, 98);
  const urban1960 = isUrban ? 100 : urban2020 * random.float(0.45, 0.85);
  const over65At = (lifeExpectancy: number): number =>
    2.5 + Math.max(0, lifeExpectancy - 60) ** 2 * 0.035 * random.float(0.85, 1.15);
  const over65In1960 =
    (2.6 + Math.max(0, country.lifeExpectancy1960 - 50) * 0.25) * random.float(0.85, 1.2);
  const over65In2020 =
    country.lifeExpectancy2020 > 65
      ? Math.max(over65At(country.lifeExpectancy2020), over65In1960 * 1.3)
      : over65At(country.lifeExpectancy2020);

  const gdpGrowth = Math.exp(random.normal(Math.log(22), 0.35));
  const gdpStart = firstYearOf(LATE_GDP_SERIES.has(country.iso3), random, 0.35);
  const mortalityStart = firstYearOf(false, random, 0.45);
  const walk = [0];
  for (let i = 1; i <= SPAN; i += 1) walk.push((walk[i - 1] ?? 0) + random.normal(0, 0.06));
  const walkEnd = walk[SPAN] ?? 0;

  const series: IndicatorYear[] = [];
  for (let i = 0; i <= SPAN; i += 1) {
    const year = FIRST_YEAR + i;
    const t = i / SPAN;
    const people = Math.round(population(t) * (1 + random.normal(0, 0.002)));
    const lifeGain = (1 - Math.exp(-lifeBend * t)) / (1 - Math.exp(-lifeBend));
    const hiv = hivDip * Math.exp(-(((year - 2002) / 6) ** 2));
    const lifeExpectancy =
      country.lifeExpectancy1960 +
      (country.lifeExpectancy2020 - country.lifeExpectancy1960) * lifeGain -
      hiv +
      random.normal(0, 0.2);
    const urban = round(urban1960 + (urban2020 - urban1960) * (t + 0.2 * t * (1 - t)), 3);
    const bridge = (walk[i] ?? 0) - t * walkEnd;
    const perCapita = (country.gdpPerCapita2020 / gdpGrowth) * gdpGrowth ** t * Math.exp(bridge);
    const mortality = clamp(5 * Math.exp(0.1 * (84 - lifeExpectancy)), 2, 420);
    series.push({
      year,
      population: people,
      lifeExpectancy: round(lifeExpectancy, 3),
      urbanPercent: urban,
      ruralPercent: round(100 - urban, 3),
      over65Percent: round(over65In1960 + (over65In2020 - over65In1960) * t ** 1.5, 3),
      gdp: year >= gdpStart ? Math.round(perCapita * people) : null,
      gdpPerCapita: year >= gdpStart ? round(perCapita, 2) : null,
      underFiveMortality:
        year >= mortalityStart ? round(mortality * (1 + random.normal(0, 0.03)), 1) : null,
    });
  }
  return series;
}
