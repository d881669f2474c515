import { COUNTRIES, type CountryCodes } from './country-codes';

/** How a chart's country column identifies countries (Superset's `country_fieldtype`). */
export type CountryFieldType = 'name' | 'cioc' | 'cca2' | 'cca3';

/** Text compared without case, accents or surrounding space. */
export function normalizeCountryText(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[\u2018\u2019`]/g, "'")
    .trim()
    .toLowerCase();
}

type CountryIndex = Readonly<Record<CountryFieldType | 'numeric', Map<string, CountryCodes>>>;

let index: CountryIndex | undefined;

function getIndex(): CountryIndex {
  if (index) return index;
  const built: CountryIndex = {
    name: new Map(),
    cioc: new Map(),
    cca2: new Map(),
    cca3: new Map(),
    numeric: new Map(),
  };
  for (const country of COUNTRIES) {
    for (const name of [country.name, ...country.altNames]) {
      built.name.set(normalizeCountryText(name), country);
    }
    if (country.cioc) built.cioc.set(country.cioc.toLowerCase(), country);
    built.cca2.set(country.cca2.toLowerCase(), country);
    built.cca3.set(country.cca3.toLowerCase(), country);
    if (country.numeric) built.numeric.set(String(Number(country.numeric)), country);
  }
  index = built;
  return built;
}

/**
 * The country a cell names under the chart's field type, or undefined when none matches.
 * Matching ignores case (and, for names, accents and the common alternative names).
 */
export function findCountry(fieldType: CountryFieldType, value: unknown): CountryCodes | undefined {
  if (typeof value !== 'string' && typeof value !== 'number') return undefined;
  return getIndex()[fieldType].get(normalizeCountryText(String(value)));
}

/** The country of an ISO 3166-1 numeric code (`"076"` or `76`), or undefined. */
export function findCountryByNumeric(code: unknown): CountryCodes | undefined {
  if (typeof code !== 'string' && typeof code !== 'number') return undefined;
  const numeric = Number(code);
  return Number.isInteger(numeric) ? getIndex().numeric.get(String(numeric)) : undefined;
}
