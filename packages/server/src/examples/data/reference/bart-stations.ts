/** BART stations by name as [longitude, latitude], and the lines that run through them. */
export const BART_STATIONS: Readonly<Record<string, readonly [number, number]>> = {
  Antioch: [-121.7805, 37.9955],
  'Pittsburg Center': [-121.8891, 38.0169],
  'Pittsburg/Bay Point': [-121.9452, 38.0189],
  'North Concord/Martinez': [-122.0247, 38.0034],
  Concord: [-122.0291, 37.9738],
  'Pleasant Hill': [-122.056, 37.9284],
  'Walnut Creek': [-122.0675, 37.9055],
  Lafayette: [-122.1247, 37.8932],
  Orinda: [-122.1837, 37.8784],
  Rockridge: [-122.2512, 37.8446],
  MacArthur: [-122.2671, 37.829],
  '19th St Oakland': [-122.2689, 37.8085],
  '12th St Oakland City Center': [-122.2716, 37.8036],
  'West Oakland': [-122.2951, 37.805],
  Embarcadero: [-122.3971, 37.7929],
  'Montgomery St': [-122.4012, 37.7894],
  'Powell St': [-122.4079, 37.7844],
  'Civic Center': [-122.4142, 37.7797],
  '16th St Mission': [-122.4197, 37.765],
  '24th St Mission': [-122.4184, 37.7522],
  'Glen Park': [-122.4339, 37.7331],
  'Balboa Park': [-122.4475, 37.7215],
  'Daly City': [-122.469, 37.7061],
  Colma: [-122.4666, 37.6846],
  'South San Francisco': [-122.4439, 37.6642],
  'San Bruno': [-122.4163, 37.6377],
  'SFO Airport': [-122.3925, 37.6159],
  Millbrae: [-122.3869, 37.6003],
  Richmond: [-122.3533, 37.9369],
  'El Cerrito del Norte': [-122.317, 37.9252],
  'El Cerrito Plaza': [-122.2989, 37.9027],
  'North Berkeley': [-122.2833, 37.874],
  'Downtown Berkeley': [-122.2681, 37.8699],
  Ashby: [-122.27, 37.8529],
  'Lake Merritt': [-122.2654, 37.7975],
  Fruitvale: [-122.2241, 37.7748],
  Coliseum: [-122.1969, 37.7537],
  'San Leandro': [-122.1609, 37.7221],
  'Bay Fair': [-122.1264, 37.6969],
  Hayward: [-122.087, 37.6699],
  'South Hayward': [-122.0575, 37.6348],
  'Union City': [-122.0173, 37.5906],
  Fremont: [-121.9764, 37.5574],
  'Warm Springs': [-121.9395, 37.5024],
  Milpitas: [-121.891, 37.4103],
  Berryessa: [-121.8747, 37.3686],
  'Castro Valley': [-122.0757, 37.6907],
  'West Dublin/Pleasanton': [-121.9281, 37.6998],
  'Dublin/Pleasanton': [-121.8992, 37.7017],
  'Oakland Airport': [-122.2122, 37.7132],
};

/** A rail line: its name, colour and the stations it calls at in order. */
export interface BartLine {
  name: string;
  color: string;
  stations: readonly string[];
}

const SAN_FRANCISCO = [
  'Embarcadero',
  'Montgomery St',
  'Powell St',
  'Civic Center',
  '16th St Mission',
  '24th St Mission',
  'Glen Park',
  'Balboa Park',
  'Daly City',
];
const PENINSULA = ['Colma', 'South San Francisco', 'San Bruno'];
const BERKELEY = [
  'Richmond',
  'El Cerrito del Norte',
  'El Cerrito Plaza',
  'North Berkeley',
  'Downtown Berkeley',
  'Ashby',
  'MacArthur',
  '19th St Oakland',
  '12th St Oakland City Center',
];
const EAST_BAY = ['Lake Merritt', 'Fruitvale', 'Coliseum', 'San Leandro', 'Bay Fair'];
const SOUTH_BAY = [
  'Hayward',
  'South Hayward',
  'Union City',
  'Fremont',
  'Warm Springs',
  'Milpitas',
  'Berryessa',
];

export const BART_LINES_REFERENCE: readonly BartLine[] = [
  {
    name: 'Yellow: Antioch - SFO/Millbrae',
    color: '#ffe800',
    stations: [
      'Antioch',
      'Pittsburg Center',
      'Pittsburg/Bay Point',
      'North Concord/Martinez',
      'Concord',
      'Pleasant Hill',
      'Walnut Creek',
      'Lafayette',
      'Orinda',
      'Rockridge',
      'MacArthur',
      '19th St Oakland',
      '12th St Oakland City Center',
      'West Oakland',
      ...SAN_FRANCISCO,
      ...PENINSULA,
      'SFO Airport',
      'Millbrae',
    ],
  },
  {
    name: 'Orange: Richmond - Berryessa',
    color: '#f7941d',
    stations: [...BERKELEY, ...EAST_BAY, ...SOUTH_BAY],
  },
  {
    name: 'Red: Richmond - Millbrae',
    color: '#ed1c24',
    stations: [...BERKELEY, 'West Oakland', ...SAN_FRANCISCO, ...PENINSULA, 'Millbrae'],
  },
  {
    name: 'Green: Berryessa - Daly City',
    color: '#4db848',
    stations: [
      ...[...SOUTH_BAY].reverse(),
      ...[...EAST_BAY].reverse(),
      'West Oakland',
      ...SAN_FRANCISCO,
    ],
  },
  {
    name: 'Blue: Dublin/Pleasanton - Daly City',
    color: '#0099d8',
    stations: [
      'Dublin/Pleasanton',
      'West Dublin/Pleasanton',
      'Castro Valley',
      ...[...EAST_BAY].reverse(),
      'West Oakland',
      ...SAN_FRANCISCO,
    ],
  },
  {
    name: 'Beige: Coliseum - Oakland Airport',
    color: '#b0aa7e',
    stations: ['Coliseum', 'Oakland Airport'],
  },
];
