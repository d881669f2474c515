import type { RequestTransformFunction } from 'maplibre-gl';

const MAPBOX_API = 'https://api.mapbox.com';
const MAPBOX_HOST = /^https:\/\/([a-z0-9-]+\.)*mapbox\.com\//i;

/** `mapbox://sprites/<owner>/<style>[@2x].<json|png>` as MapLibre asks for it. */
const SPRITE_URL = /^mapbox:\/\/sprites\/([^/]+)\/([^/@.?]+)(@\dx)?\.(json|png)(\?.*)?$/;

function withToken(url: string, accessToken: string): string {
  if (/[?&]access_token=/.test(url)) return url;
  const separator = url.includes('?') ? '&' : '?';
  return `${url}${separator}access_token=${encodeURIComponent(accessToken)}`;
}

function mapboxPathToHttps(url: string): string {
  const path = url.slice('mapbox://'.length);
  const sprite = SPRITE_URL.exec(url);
  if (sprite) {
    const [, owner, style, ratio = '', extension, query = ''] = sprite;
    return `${MAPBOX_API}/styles/v1/${owner}/${style}/sprite${ratio}.${extension}${query}`;
  }
  if (path.startsWith('styles/')) return `${MAPBOX_API}/styles/v1/${path.slice('styles/'.length)}`;
  if (path.startsWith('fonts/')) return `${MAPBOX_API}/fonts/v1/${path.slice('fonts/'.length)}`;
  if (path.startsWith('tiles/')) return `${MAPBOX_API}/v4/${path.slice('tiles/'.length)}`;
  // A source: one or more tileset ids, whose TileJSON lists the tile URLs.
  const [tilesets = '', query] = path.split('?');
  return `${MAPBOX_API}/v4/${tilesets}.json?secure${query ? `&${query}` : ''}`;
}

/**
 * The HTTPS URL of the Mapbox API for a `mapbox://` URL (style, sprite, glyphs, tileset), with
 * the access token; other Mapbox URLs get the token when they lack one, the rest are unchanged.
 * MapLibre does not understand `mapbox://` itself.
 */
export function toMapboxApiUrl(url: string, accessToken: string): string {
  if (url.startsWith('mapbox://')) return withToken(mapboxPathToHttps(url), accessToken);
  if (MAPBOX_HOST.test(url)) return withToken(url, accessToken);
  return url;
}

/** MapLibre's `transformRequest` that sends `mapbox://` requests to the Mapbox API. */
export function createMapboxRequestTransform(accessToken: string): RequestTransformFunction {
  return (url) => ({ url: toMapboxApiUrl(url, accessToken) });
}
