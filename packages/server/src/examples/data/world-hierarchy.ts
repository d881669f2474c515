import type { ExampleCell, GeneratedExampleTable } from '../example-table.js';
import { WORLD_HIERARCHY } from '../table-schemas.js';
import { COUNTRIES, WORLD_BANK_REGIONS } from './reference/countries.js';

function* hierarchyRows(): Generator<ExampleCell[]> {
  const total = COUNTRIES.reduce((sum, country) => sum + country.population2020, 0);
  yield ['World', null, 'World', total];
  for (const region of WORLD_BANK_REGIONS) {
    const members = COUNTRIES.filter((country) => country.region === region);
    yield [region, 'World', region, members.reduce((sum, c) => sum + c.population2020, 0)];
  }
  for (const country of COUNTRIES) {
    yield [country.iso3, country.region, country.name, country.population2020];
  }
}

/** World > region > country (2020 populations): ids are 'World', region names and ISO3 codes. */
export const WORLD_HIERARCHY_TABLE: GeneratedExampleTable = {
  kind: 'rows',
  schema: WORLD_HIERARCHY,
  version: 1,
  rowCount: 1 + WORLD_BANK_REGIONS.length + COUNTRIES.length,
  rows: hierarchyRows,
};
