import type { SelectOption } from '../../core/control-panel';
import { COUNTRIES, type CountryCodes } from '../../geo/country-codes';
import { normalizeCountryText } from '../../geo/country-lookup';

/** The keys Superset's country map saves for these countries (`select_country`). */
const SUPERSET_KEYS: Readonly<Record<string, string>> = {
  US: 'usa',
  GB: 'uk',
  KR: 'korea',
  TL: 'timorleste',
  LK: 'srilanka',
  CZ: 'czech_republic',
  CD: 'democratic_republic_of_the_congo',
  AX: 'aland',
};

/** A name as a key: lower case, accents dropped, words joined by `_` (`costa_rica`). */
const slug = (text: string) =>
  normalizeCountryText(text)
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_|_$/g, '');

/** The `select_country` value of a country: Superset's key for it, or its name as a key. */
export function countryKey(country: CountryCodes): string {
  return SUPERSET_KEYS[country.cca2] ?? slug(country.name);
}

/** The Country control's choices: every country, by name. */
export const COUNTRY_OPTIONS: readonly SelectOption[] = COUNTRIES.map((country) => ({
  value: countryKey(country),
  label: country.name,
}));

let byKey: Map<string, CountryCodes> | undefined;

/**
 * The country a `select_country` value means: its key, or any of its names as a key (so
 * charts saved as `czechia` or `czech_republic` both find Czechia), or its ISO code.
 */
export function findSelectedCountry(value: unknown): CountryCodes | undefined {
  if (typeof value !== 'string' || value.trim() === '') return undefined;
  if (!byKey) {
    byKey = new Map();
    for (const country of COUNTRIES) {
      for (const name of [country.name, ...country.altNames, country.cca2, country.cca3]) {
        byKey.set(slug(name), country);
      }
    }
    for (const country of COUNTRIES) byKey.set(countryKey(country), country);
  }
  return byKey.get(slug(value));
}
