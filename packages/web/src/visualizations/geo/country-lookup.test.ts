import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { COUNTRIES } from './country-codes';
import { findCountry, findCountryByNumeric } from './country-lookup';

describe('country codes', () => {
  it('holds each code once', () => {
    for (const field of ['cca2', 'cca3', 'numeric', 'cioc'] as const) {
      const codes = COUNTRIES.map((country) => country[field]).filter((code) => code !== '');
      expect(new Set(codes).size, field).toBe(codes.length);
    }
  });

  it('names every country shape of the world atlas with a numeric id', () => {
    const path = createRequire(import.meta.url).resolve('world-atlas/countries-110m.json');
    const atlas = JSON.parse(readFileSync(path, 'utf8')) as {
      objects: { countries: { geometries: { id?: string; properties: { name: string } }[] } };
    };
    const unknown = atlas.objects.countries.geometries
      .filter((shape) => shape.id !== undefined)
      .filter((shape) => findCountryByNumeric(shape.id)?.name === undefined)
      .map((shape) => shape.properties.name);
    expect(unknown).toEqual([]);
    const mismatched = atlas.objects.countries.geometries
      .filter((shape) => shape.id !== undefined)
      .filter(
        (shape) => findCountry('name', shape.properties.name) !== findCountryByNumeric(shape.id),
      )
      .map((shape) => shape.properties.name);
    expect(mismatched).toEqual([]);
  });

  it('finds countries by any field type, ignoring case and accents', () => {
    expect(findCountry('cca2', 'br')?.name).toBe('Brazil');
    expect(findCountry('cca3', 'DEU')?.cca2).toBe('DE');
    expect(findCountry('cioc', 'GER')?.cca2).toBe('DE');
    expect(findCountry('name', 'cote d’ivoire')?.cca2).toBe('CI');
    expect(findCountry('name', 'Russian Federation')?.cca3).toBe('RUS');
    expect(findCountry('cca2', 'ZZ')).toBeUndefined();
    expect(findCountry('cca2', null)).toBeUndefined();
    expect(findCountryByNumeric(76)?.cca2).toBe('BR');
  });
});
