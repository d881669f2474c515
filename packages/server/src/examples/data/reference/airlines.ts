/** A US airline: its IATA code, name, share of flights and the airports it flies from. */
export interface Airline {
  code: string;
  name: string;
  /** Relative number of flights. */
  share: number;
  /** Its hubs: most of its flights start or end at one. */
  hubs: readonly string[];
  /** The only airports it serves besides its hubs; absent: every airport. */
  network?: readonly string[];
}

/** Twelve domestic airlines with their real hubs. */
export const AIRLINES: readonly Airline[] = [
  {
    code: 'WN',
    name: 'Southwest Airlines',
    share: 20,
    hubs: ['MDW', 'DAL', 'HOU', 'BWI', 'LAS', 'DEN', 'PHX', 'OAK', 'MCO', 'BNA', 'AUS', 'STL'],
  },
  {
    code: 'AA',
    name: 'American Airlines',
    share: 17,
    hubs: ['DFW', 'CLT', 'ORD', 'MIA', 'PHL', 'PHX', 'DCA', 'LAX', 'JFK', 'LGA'],
  },
  {
    code: 'DL',
    name: 'Delta Air Lines',
    share: 17,
    hubs: ['ATL', 'MSP', 'DTW', 'SLC', 'SEA', 'JFK', 'LAX', 'BOS', 'LGA'],
  },
  {
    code: 'UA',
    name: 'United Airlines',
    share: 14,
    hubs: ['ORD', 'DEN', 'IAH', 'EWR', 'SFO', 'IAD', 'LAX'],
  },
  {
    code: 'AS',
    name: 'Alaska Airlines',
    share: 5,
    hubs: ['SEA', 'PDX', 'ANC', 'SFO', 'LAX', 'SAN'],
  },
  { code: 'B6', name: 'JetBlue Airways', share: 5, hubs: ['JFK', 'BOS', 'FLL', 'MCO'] },
  { code: 'NK', name: 'Spirit Airlines', share: 4, hubs: ['FLL', 'MCO', 'LAS', 'DTW'] },
  { code: 'F9', name: 'Frontier Airlines', share: 4, hubs: ['DEN', 'LAS', 'MCO', 'PHL'] },
  { code: 'G4', name: 'Allegiant Air', share: 2, hubs: ['LAS', 'BNA', 'CVG'] },
  {
    code: 'HA',
    name: 'Hawaiian Airlines',
    share: 2,
    hubs: ['HNL', 'OGG'],
    network: [
      'LAX',
      'SFO',
      'SAN',
      'SEA',
      'PDX',
      'OAK',
      'SJC',
      'SMF',
      'LAS',
      'PHX',
      'JFK',
      'BOS',
      'AUS',
    ],
  },
  { code: 'SY', name: 'Sun Country Airlines', share: 1, hubs: ['MSP'] },
  { code: 'MX', name: 'Breeze Airways', share: 1, hubs: ['CHS', 'TPA', 'PVD'] },
];
