import type { ExampleCell, GeneratedExampleTable } from '../example-table.js';
import { WB_HEALTH_POPULATION } from '../table-schemas.js';
import { COUNTRIES } from './reference/countries.js';
import { FIRST_YEAR, LAST_YEAR, countrySeries } from './wb-country-series.js';

function* wbRows(): Generator<ExampleCell[]> {
  for (const country of COUNTRIES) {
    for (const value of countrySeries(country)) {
      yield [
        country.name,
        country.iso3,
        country.region,
        new Date(Date.UTC(value.year, 0, 1)),
        value.population,
        value.lifeExpectancy,
        value.urbanPercent,
        value.ruralPercent,
        value.over65Percent,
        value.gdp,
        value.gdpPerCapita,
        value.underFiveMortality,
      ];
    }
  }
}

/** Every country x every year 1960-2020: smooth trends between real-looking anchors, with gaps. */
export const WB_HEALTH_POPULATION_TABLE: GeneratedExampleTable = {
  kind: 'rows',
  schema: WB_HEALTH_POPULATION,
  version: 1,
  rowCount: COUNTRIES.length * (LAST_YEAR - FIRST_YEAR + 1),
  rows: wbRows,
};
