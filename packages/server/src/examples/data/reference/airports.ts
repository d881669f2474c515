/** A US airport: IATA code, city, state, coordinates and yearly passengers (millions). */
export interface Airport {
  code: string;
  city: string;
  state: string;
  latitude: number;
  longitude: number;
  passengersMillions: number;
}

function airport(
  code: string,
  city: string,
  state: string,
  latitude: number,
  longitude: number,
  passengersMillions: number,
): Airport {
  return { code, city, state, latitude, longitude, passengersMillions };
}

/** Large and mid-size US airports with their real coordinates. */
export const AIRPORTS: readonly Airport[] = [
  airport('ATL', 'Atlanta', 'GA', 33.6407, -84.4277, 104),
  airport('DFW', 'Dallas-Fort Worth', 'TX', 32.8998, -97.0403, 81),
  airport('DEN', 'Denver', 'CO', 39.8561, -104.6737, 78),
  airport('ORD', 'Chicago', 'IL', 41.9742, -87.9073, 80),
  airport('LAX', 'Los Angeles', 'CA', 33.9416, -118.4085, 75),
  airport('JFK', 'New York', 'NY', 40.6413, -73.7781, 62),
  airport('LAS', 'Las Vegas', 'NV', 36.084, -115.1537, 57),
  airport('MCO', 'Orlando', 'FL', 28.4312, -81.3081, 57),
  airport('MIA', 'Miami', 'FL', 25.7959, -80.287, 52),
  airport('CLT', 'Charlotte', 'NC', 35.2144, -80.9473, 53),
  airport('SEA', 'Seattle', 'WA', 47.4502, -122.3088, 50),
  airport('PHX', 'Phoenix', 'AZ', 33.4342, -112.0116, 49),
  airport('EWR', 'Newark', 'NJ', 40.6895, -74.1745, 49),
  airport('SFO', 'San Francisco', 'CA', 37.6213, -122.379, 50),
  airport('IAH', 'Houston', 'TX', 29.9902, -95.3368, 46),
  airport('BOS', 'Boston', 'MA', 42.3656, -71.0096, 40),
  airport('FLL', 'Fort Lauderdale', 'FL', 26.0742, -80.1506, 35),
  airport('MSP', 'Minneapolis', 'MN', 44.8848, -93.2223, 35),
  airport('LGA', 'New York', 'NY', 40.7769, -73.874, 33),
  airport('DTW', 'Detroit', 'MI', 42.2162, -83.3554, 30),
  airport('PHL', 'Philadelphia', 'PA', 39.8744, -75.2424, 29),
  airport('SLC', 'Salt Lake City', 'UT', 40.7899, -111.9791, 27),
  airport('BWI', 'Baltimore', 'MD', 39.1774, -76.6684, 27),
  airport('DCA', 'Washington', 'VA', 38.8512, -77.0402, 25),
  airport('SAN', 'San Diego', 'CA', 32.7338, -117.1933, 25),
  airport('IAD', 'Washington', 'VA', 38.9531, -77.4565, 25),
  airport('TPA', 'Tampa', 'FL', 27.9755, -82.5332, 24),
  airport('BNA', 'Nashville', 'TN', 36.1263, -86.6774, 23),
  airport('AUS', 'Austin', 'TX', 30.1975, -97.6664, 22),
  airport('MDW', 'Chicago', 'IL', 41.7868, -87.7522, 22),
  airport('HNL', 'Honolulu', 'HI', 21.3187, -157.9225, 21),
  airport('DAL', 'Dallas', 'TX', 32.8471, -96.8518, 17),
  airport('PDX', 'Portland', 'OR', 45.5898, -122.5951, 17),
  airport('STL', 'St. Louis', 'MO', 38.7487, -90.37, 15),
  airport('RDU', 'Raleigh-Durham', 'NC', 35.8801, -78.788, 15),
  airport('HOU', 'Houston', 'TX', 29.6454, -95.2789, 14),
  airport('SMF', 'Sacramento', 'CA', 38.6951, -121.5908, 13),
  airport('MSY', 'New Orleans', 'LA', 29.9934, -90.258, 14),
  airport('SJC', 'San Jose', 'CA', 37.3639, -121.9289, 12),
  airport('SNA', 'Santa Ana', 'CA', 33.6762, -117.8675, 12),
  airport('MCI', 'Kansas City', 'MO', 39.2976, -94.7139, 12),
  airport('OAK', 'Oakland', 'CA', 37.7126, -122.2197, 11),
  airport('SAT', 'San Antonio', 'TX', 29.5337, -98.4698, 10),
  airport('RSW', 'Fort Myers', 'FL', 26.5362, -81.7552, 11),
  airport('IND', 'Indianapolis', 'IN', 39.7173, -86.2944, 9),
  airport('CLE', 'Cleveland', 'OH', 41.4117, -81.8498, 10),
  airport('PIT', 'Pittsburgh', 'PA', 40.4915, -80.2329, 10),
  airport('CVG', 'Cincinnati', 'KY', 39.0489, -84.6678, 9),
  airport('CMH', 'Columbus', 'OH', 39.998, -82.8919, 9),
  airport('JAX', 'Jacksonville', 'FL', 30.4941, -81.6879, 7),
  airport('OGG', 'Kahului', 'HI', 20.8986, -156.4305, 7),
  airport('PBI', 'West Palm Beach', 'FL', 26.6832, -80.0956, 7),
  airport('ANC', 'Anchorage', 'AK', 61.1743, -149.9963, 6),
  airport('MKE', 'Milwaukee', 'WI', 42.9472, -87.8966, 6),
  airport('BDL', 'Hartford', 'CT', 41.9389, -72.6832, 6),
  airport('ABQ', 'Albuquerque', 'NM', 35.0402, -106.609, 5),
  airport('BUR', 'Burbank', 'CA', 34.2007, -118.359, 6),
  airport('ONT', 'Ontario', 'CA', 34.056, -117.6012, 6),
  airport('BOI', 'Boise', 'ID', 43.5644, -116.2228, 5),
  airport('CHS', 'Charleston', 'SC', 32.8986, -80.0405, 5),
  airport('OMA', 'Omaha', 'NE', 41.3032, -95.8941, 5),
  airport('RNO', 'Reno', 'NV', 39.4991, -119.7681, 4),
  airport('MEM', 'Memphis', 'TN', 35.0424, -89.9767, 4),
  airport('OKC', 'Oklahoma City', 'OK', 35.3931, -97.6007, 4),
  airport('TUS', 'Tucson', 'AZ', 32.1161, -110.941, 4),
  airport('ELP', 'El Paso', 'TX', 31.8072, -106.3778, 4),
  airport('SDF', 'Louisville', 'KY', 38.1744, -85.736, 4),
  airport('PVD', 'Providence', 'RI', 41.724, -71.4283, 4),
  airport('BHM', 'Birmingham', 'AL', 33.5629, -86.7535, 3),
  airport('BTV', 'Burlington', 'VT', 44.472, -73.1533, 1),
];
