import type { SelectOption } from '../../core/control-panel';

/** The look of the base map drawn from the world outline shipped in the bundle. */
export type OfflineTheme = 'light' | 'dark';

/** Style values of the offline base maps: they need no network at all. */
export const OFFLINE_MAP_STYLES: Readonly<Record<OfflineTheme, string>> = {
  light: 'offline://world-light',
  dark: 'offline://world-dark',
};

/**
 * Mapbox's classic styles (the generation that predates Mapbox GL v2, which MapLibre draws
 * faithfully). They are only used when the server has a MAPBOX_API_KEY.
 */
const MAPBOX_STYLES: readonly SelectOption[] = [
  { value: 'mapbox://styles/mapbox/light-v10', label: 'Light (Mapbox)' },
  { value: 'mapbox://styles/mapbox/dark-v10', label: 'Dark (Mapbox)' },
  { value: 'mapbox://styles/mapbox/streets-v11', label: 'Streets (Mapbox)' },
  { value: 'mapbox://styles/mapbox/outdoors-v11', label: 'Outdoors (Mapbox)' },
  { value: 'mapbox://styles/mapbox/satellite-streets-v11', label: 'Satellite Streets (Mapbox)' },
  { value: 'mapbox://styles/mapbox/satellite-v9', label: 'Satellite (Mapbox)' },
];

/** The choices of the map style control: Mapbox styles, then the offline world outlines. */
export const MAP_STYLE_OPTIONS: readonly SelectOption[] = [
  ...MAPBOX_STYLES,
  { value: OFFLINE_MAP_STYLES.light, label: 'World outline, light (offline)' },
  { value: OFFLINE_MAP_STYLES.dark, label: 'World outline, dark (offline)' },
];

/**
 * A new chart's style: Mapbox's light style when the server has a key, which without a key
 * resolves to the light offline outline, so a fresh chart looks alike either way.
 */
export const DEFAULT_MAP_STYLE = 'mapbox://styles/mapbox/light-v10';

/** What the base map is drawn from. */
export type ResolvedMapStyle =
  | { kind: 'mapbox'; styleUrl: string; accessToken: string }
  | {
      kind: 'offline';
      theme: OfflineTheme;
      /** The style the chart asked for when it could not be used (no key, or not offline). */
      unavailableStyle?: string;
    };

const DARK_STYLE_HINT = /dark|satellite|night|matter/i;

/**
 * Decides the base map of a chart's style value. Mapbox styles are used only with an API key;
 * anything else that would need the network (a Mapbox style without a key, a style URL saved
 * by another Superset) becomes the offline outline of the closest look, never a tile fetch.
 */
export function resolveMapStyle(
  value: unknown,
  mapboxApiKey: string | undefined,
): ResolvedMapStyle {
  const style = typeof value === 'string' ? value.trim() : '';
  if (style === OFFLINE_MAP_STYLES.dark) return { kind: 'offline', theme: 'dark' };
  if (style === '' || style === OFFLINE_MAP_STYLES.light)
    return { kind: 'offline', theme: 'light' };
  if (style.startsWith('mapbox://') && mapboxApiKey) {
    return { kind: 'mapbox', styleUrl: style, accessToken: mapboxApiKey };
  }
  return {
    kind: 'offline',
    theme: DARK_STYLE_HINT.test(style) ? 'dark' : 'light',
    unavailableStyle: style,
  };
}
