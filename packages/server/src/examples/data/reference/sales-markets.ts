/** A sales territory of the model-vehicle retailer. */
export type SalesTerritory = 'NA' | 'EMEA' | 'APAC' | 'Japan';

/** A country the retailer sells to: its cities, its share of customers and local surnames. */
export interface SalesMarket {
  country: string;
  countryCode: string;
  territory: SalesTerritory;
  customerWeight: number;
  cities: readonly string[];
  surnames: readonly string[];
}

/** Twenty markets; city and family names carry the non-ASCII letters of their languages. */
export const SALES_MARKETS: readonly SalesMarket[] = [
  {
    country: 'United States',
    countryCode: 'USA',
    territory: 'NA',
    customerWeight: 22,
    cities: [
      'New York',
      'San Francisco',
      'Boston',
      'Los Angeles',
      'Chicago',
      'Philadelphia',
      'Las Vegas',
      'San Diego',
      'Nashua',
      'Brisbane',
    ],
    surnames: ['Young', 'Frick', 'Brown', 'Hernandez', 'Murphy', 'King', 'Thompson'],
  },
  {
    country: 'France',
    countryCode: 'FRA',
    territory: 'EMEA',
    customerWeight: 11,
    cities: ['Paris', 'Lyon', 'Marseille', 'Nantes', 'Lille', 'Reims'],
    surnames: ['Lefèvre', 'Dupont', 'Bérard', 'Girard', 'Rancé'],
  },
  {
    country: 'Spain',
    countryCode: 'ESP',
    territory: 'EMEA',
    customerWeight: 7,
    cities: ['Madrid', 'Barcelona', 'Sevilla', 'Málaga', 'Córdoba'],
    surnames: ['Muñoz', 'García', 'Sommer', 'Peña', 'Ibáñez'],
  },
  {
    country: 'Australia',
    countryCode: 'AUS',
    territory: 'APAC',
    customerWeight: 5,
    cities: ['Melbourne', 'Sydney', 'Brisbane', 'Perth'],
    surnames: ['Ferguson', 'Calaghan', 'Huxley', "O'Hara"],
  },
  {
    country: 'United Kingdom',
    countryCode: 'GBR',
    territory: 'EMEA',
    customerWeight: 5,
    cities: ['London', 'Manchester', 'Liverpool', 'Cowes', 'Edinburgh'],
    surnames: ['Ashworth', 'Smith', 'Devon', 'Bennett'],
  },
  {
    country: 'Germany',
    countryCode: 'DEU',
    territory: 'EMEA',
    customerWeight: 5,
    cities: ['München', 'Köln', 'Düsseldorf', 'Frankfurt', 'Münster'],
    surnames: ['Müller', 'Schröder', 'Keitel', 'Weiß', 'Pfalzheim'],
  },
  {
    country: 'Italy',
    countryCode: 'ITA',
    territory: 'EMEA',
    customerWeight: 4,
    cities: ['Torino', 'Milano', 'Bergamo', 'Reggio Emilia'],
    surnames: ['Accorti', 'Rovelli', 'Moroni', 'Niccolò'],
  },
  {
    country: 'Canada',
    countryCode: 'CAN',
    territory: 'NA',
    customerWeight: 4,
    cities: ['Montréal', 'Vancouver', 'Tsawassen', 'Québec'],
    surnames: ['Tremblay', 'Fresnière', 'Tannamuri', 'Côté'],
  },
  {
    country: 'Sweden',
    countryCode: 'SWE',
    territory: 'EMEA',
    customerWeight: 3,
    cities: ['Luleå', 'Göteborg', 'Malmö', 'Stockholm'],
    surnames: ['Berglund', 'Larsson', 'Åström', 'Öberg'],
  },
  {
    country: 'Denmark',
    countryCode: 'DNK',
    territory: 'EMEA',
    customerWeight: 3,
    cities: ['København', 'Århus', 'Odense'],
    surnames: ['Petersen', 'Sørensen', 'Ibsen', 'Møller'],
  },
  {
    country: 'Norway',
    countryCode: 'NOR',
    territory: 'EMEA',
    customerWeight: 3,
    cities: ['Oslo', 'Bergen', 'Stavern', 'Tromsø'],
    surnames: ['Bergulfsen', 'Klæboe', 'Haugen'],
  },
  {
    country: 'Finland',
    countryCode: 'FIN',
    territory: 'EMEA',
    customerWeight: 3,
    cities: ['Helsinki', 'Espoo', 'Oulu', 'Jyväskylä'],
    surnames: ['Koskitalo', 'Suominen', 'Räikkönen', 'Karttunen'],
  },
  {
    country: 'Switzerland',
    countryCode: 'CHE',
    territory: 'EMEA',
    customerWeight: 2,
    cities: ['Zürich', 'Genève', 'Bern'],
    surnames: ['Holz', 'Hürlimann', 'Schmid'],
  },
  {
    country: 'Austria',
    countryCode: 'AUT',
    territory: 'EMEA',
    customerWeight: 2,
    cities: ['Graz', 'Salzburg', 'Wien'],
    surnames: ['Pipps', 'Gruber', 'Fröhlich'],
  },
  {
    country: 'Belgium',
    countryCode: 'BEL',
    territory: 'EMEA',
    customerWeight: 2,
    cities: ['Bruxelles', 'Charleroi', 'Liège'],
    surnames: ['Dewey', 'Cartrain', 'Maréchal'],
  },
  {
    country: 'Ireland',
    countryCode: 'IRL',
    territory: 'EMEA',
    customerWeight: 1,
    cities: ['Dublin', 'Cork'],
    surnames: ['Ó Súilleabháin', 'Connery', 'McKenna'],
  },
  {
    country: 'Japan',
    countryCode: 'JPN',
    territory: 'Japan',
    customerWeight: 2,
    cities: ['Tōkyō', 'Ōsaka', 'Kōbe', 'Nagoya'],
    surnames: ['Shimamura', 'Kentary', 'Nakamura', 'Saitō'],
  },
  {
    country: 'Singapore',
    countryCode: 'SGP',
    territory: 'APAC',
    customerWeight: 2,
    cities: ['Singapore'],
    surnames: ['Tan', 'Huang', 'Lim'],
  },
  {
    country: 'Philippines',
    countryCode: 'PHL',
    territory: 'APAC',
    customerWeight: 1,
    cities: ['Makati City', 'Quezon City', 'Cebu'],
    surnames: ['Cruz', 'Santos', 'Dela Peña'],
  },
  {
    country: 'New Zealand',
    countryCode: 'NZL',
    territory: 'APAC',
    customerWeight: 2,
    cities: ['Auckland', 'Wellington', 'Christchurch'],
    surnames: ['MacKinlay', 'Graham', 'Ngātai'],
  },
];

/** Customer name patterns: `{city}` or `{surname}` is replaced. */
export const CUSTOMER_NAME_PATTERNS: readonly string[] = [
  '{city} Scale Models',
  '{city} Collectables, Ltd.',
  '{city} Gifts & Toys',
  '{city} Souvenirs',
  'Mini Classics of {city}',
  '{surname} & Co.',
  '{surname} Diecast Imports',
  '{surname} Auto Replicas',
  '{surname} Hobby Shop',
  'Heritage Models {surname}',
];
