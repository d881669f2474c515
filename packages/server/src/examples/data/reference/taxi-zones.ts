/** A taxi zone: its name, borough and relative number of pickups. */
export interface TaxiZone {
  zone: string;
  borough: string;
  weight: number;
  isAirport: boolean;
}

const BY_BOROUGH: Readonly<Record<string, readonly (readonly [string, number])[]>> = {
  Manhattan: [
    ['Upper East Side South', 50],
    ['Upper East Side North', 45],
    ['Midtown Center', 45],
    ['Midtown East', 40],
    ['Penn Station/Madison Sq West', 38],
    ['Times Sq/Theatre District', 38],
    ['Murray Hill', 35],
    ['Upper West Side South', 33],
    ['Lincoln Square East', 32],
    ['Clinton East', 30],
    ['East Village', 30],
    ['Union Sq', 30],
    ['Gramercy', 28],
    ['Lenox Hill West', 28],
    ['Lenox Hill East', 25],
    ['Midtown North', 25],
    ['Midtown South', 25],
    ['East Chelsea', 25],
    ['West Chelsea/Hudson Yards', 22],
    ['Upper West Side North', 22],
    ['Greenwich Village North', 20],
    ['West Village', 20],
    ['Flatiron', 20],
    ['Greenwich Village South', 18],
    ['Yorkville West', 18],
    ['Sutton Place/Turtle Bay North', 18],
    ['Garment District', 18],
    ['Yorkville East', 16],
    ['Kips Bay', 16],
    ['Lower East Side', 14],
    ['SoHo', 14],
    ['TriBeCa/Civic Center', 14],
    ['Financial District North', 13],
    ['Financial District South', 10],
    ['Battery Park City', 10],
    ['Chinatown', 8],
    ['Little Italy/NoLiTa', 8],
    ['Central Harlem', 8],
    ['East Harlem South', 7],
    ['Manhattan Valley', 7],
    ['Central Park', 6],
    ['Morningside Heights', 6],
    ['Hamilton Heights', 4],
    ['Washington Heights South', 4],
  ],
  Queens: [
    ['LaGuardia Airport', 25],
    ['JFK Airport', 22],
    ['Astoria', 5],
    ['Long Island City/Hunters Point', 5],
    ['Jackson Heights', 3],
    ['Sunnyside', 3],
    ['Elmhurst', 2],
    ['Forest Hills', 2],
    ['Flushing', 2],
  ],
  Brooklyn: [
    ['Williamsburg (North Side)', 4],
    ['Park Slope', 3],
    ['Downtown Brooklyn/MetroTech', 3],
    ['Brooklyn Heights', 3],
    ['DUMBO/Vinegar Hill', 2],
    ['Greenpoint', 2],
    ['Bushwick South', 2],
    ['Fort Greene', 2],
    ['Crown Heights North', 2],
    ['Bay Ridge', 1],
  ],
  Bronx: [
    ['Mott Haven/Port Morris', 2],
    ['East Concourse/Concourse Village', 1],
    ['Fordham South', 1],
    ['Riverdale/North Riverdale/Fieldston', 1],
  ],
  'Staten Island': [
    ['St. George/New Brighton', 1],
    ['Arden Heights', 1],
  ],
};

/** The taxi zones, grouped by borough (neighbouring indexes are mostly the same borough). */
export const TAXI_ZONES: readonly TaxiZone[] = Object.entries(BY_BOROUGH).flatMap(
  ([borough, zones]) =>
    zones.map(([zone, weight]) => ({
      zone,
      borough,
      weight,
      isAirport: zone.endsWith('Airport'),
    })),
);
