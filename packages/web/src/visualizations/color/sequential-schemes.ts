/** A gradient for values: low values take the first color, high ones the last. */
export interface SequentialScheme {
  id: string;
  label: string;
  colors: readonly string[];
  /** The middle color marks a neutral value. */
  isDiverging: boolean;
}

/** The default gradient. */
export const DEFAULT_SEQUENTIAL_SCHEME = 'superset_seq_1';

const scheme = (id: string, label: string, colors: string[], isDiverging = false) => ({
  id,
  label,
  colors,
  isDiverging,
});

/** Superset's sequential and diverging schemes (named colors written as hex). */
export const SEQUENTIAL_SCHEMES: readonly SequentialScheme[] = [
  scheme('superset_seq_1', 'Superset Sequential #1', [
    '#F4FAD4',
    '#D7F1AC',
    '#A9E3AF',
    '#82CDBB',
    '#63C1BF',
    '#1FA8C9',
    '#2367AC',
    '#2A2D84',
    '#251354',
    '#050415',
  ]),
  scheme('superset_seq_2', 'Superset Sequential #2', [
    '#FBF1B4',
    '#FDD093',
    '#FEAD71',
    '#FF7F44',
    '#E04355',
    '#C53D6F',
    '#952B7B',
    '#4F167B',
    '#251354',
    '#050415',
  ]),
  scheme('superset_div_1', 'Superset Diverging #1', [
    '#E04355',
    '#E87180',
    '#EFA1AA',
    '#F7D0D4',
    '#F6F6F7',
    '#C8E9F1',
    '#8FD3E4',
    '#58BDD7',
    '#1FA8C9',
  ]),
  scheme('superset_div_2', 'Superset Diverging #2', [
    '#FF7F44',
    '#FF9E72',
    '#FEC0A1',
    '#FFDFD0',
    '#F6F6F7',
    '#C8E9F1',
    '#8FD3E4',
    '#58BDD7',
    '#1FA8C9',
  ]),
  scheme('blue_white_yellow', 'blue/white/yellow', ['#00d1c1', '#ffffff', '#ffb400']),
  scheme('fire', 'fire', ['#ffffff', '#ffff00', '#ff0000', '#000000']),
  scheme('white_black', 'white/black', ['#ffffff', '#000000']),
  scheme('black_white', 'black/white', ['#000000', '#ffffff']),
  scheme('dark_blue', 'dark blues', ['#EBF5F8', '#6BB1CC', '#357E9B', '#1B4150', '#092935']),
  scheme('pink_grey', 'pink/grey', ['#E70B81', '#FAFAFA', '#666666'], true),
  scheme('greens', 'greens', ['#ffffcc', '#78c679', '#006837']),
  scheme('purples', 'purples', ['#f2f0f7', '#9e9ac8', '#54278f']),
  scheme('oranges', 'oranges', ['#fef0d9', '#fc8d59', '#b30000']),
  scheme(
    'red_yellow_blue',
    'red/yellow/blue',
    ['#d7191c', '#fdae61', '#ffffbf', '#abd9e9', '#2c7bb6'],
    true,
  ),
  scheme(
    'brown_white_green',
    'brown/white/green',
    ['#a6611a', '#dfc27d', '#f5f5f5', '#80cdc1', '#018571'],
    true,
  ),
  scheme(
    'purple_white_green',
    'purple/white/green',
    ['#7b3294', '#c2a5cf', '#f7f7f7', '#a6dba0', '#008837'],
    true,
  ),
  scheme('echarts_gradient', 'ECharts gradient', ['#f6EFA6', '#D88273', '#BF444C']),
];

/** A sequential scheme by id, the default scheme for an unknown or empty id. */
export function getSequentialScheme(id?: string | null): SequentialScheme {
  const found = id ? SEQUENTIAL_SCHEMES.find((candidate) => candidate.id === id) : undefined;
  return found ?? (SEQUENTIAL_SCHEMES[0] as SequentialScheme);
}

function channels(hex: string): [number, number, number] {
  const value = Number.parseInt(hex.slice(1), 16);
  return [(value >> 16) & 255, (value >> 8) & 255, value & 255];
}

function toHex(rgb: readonly number[]): string {
  return `#${rgb.map((c) => Math.round(c).toString(16).padStart(2, '0')).join('')}`;
}

/** The color at `t` (0 to 1, clamped) along a scheme, interpolated in RGB between its stops. */
export function sequentialColor(schemeColors: readonly string[], t: number): string {
  const stops = schemeColors.length - 1;
  if (stops < 1) return schemeColors[0] ?? '#000000';
  const position = Math.min(1, Math.max(0, Number.isFinite(t) ? t : 0)) * stops;
  const index = Math.min(stops - 1, Math.floor(position));
  const from = channels(schemeColors[index] as string);
  const to = channels(schemeColors[index + 1] as string);
  const local = position - index;
  return toHex(from.map((c, i) => c + ((to[i] as number) - c) * local));
}
