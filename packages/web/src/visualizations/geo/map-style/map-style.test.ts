import { BOOTSTRAP_ELEMENT_ID } from '@superset-ts/shared';
import { afterEach, describe, expect, it } from 'vitest';
import { buildBootstrap } from '../../../testing/build-bootstrap';
import { loadMapStyle } from './load-map-style';
import { findMapboxApiKey } from './mapbox-api-key';
import { toMapboxApiUrl } from './mapbox-request';
import { DEFAULT_MAP_STYLE, OFFLINE_MAP_STYLES, resolveMapStyle } from './map-style-options';
import { buildOfflineStyle, COUNTRIES_SOURCE_ID } from './offline-style';
import { loadWorldCountries } from './world-countries';

describe('resolveMapStyle', () => {
  it('uses a Mapbox style only when the server has a key', () => {
    expect(resolveMapStyle(DEFAULT_MAP_STYLE, 'pk.abc')).toEqual({
      kind: 'mapbox',
      styleUrl: DEFAULT_MAP_STYLE,
      accessToken: 'pk.abc',
    });
    expect(resolveMapStyle(DEFAULT_MAP_STYLE, undefined)).toEqual({
      kind: 'offline',
      theme: 'light',
      unavailableStyle: DEFAULT_MAP_STYLE,
    });
  });

  it('keeps the look of the style it cannot use: dark styles fall back to the dark outline', () => {
    expect(resolveMapStyle('mapbox://styles/mapbox/dark-v10', undefined)).toMatchObject({
      kind: 'offline',
      theme: 'dark',
    });
    expect(
      resolveMapStyle('https://basemaps.cartocdn.com/gl/dark-matter-gl-style/style.json', 'pk.abc'),
    ).toMatchObject({ kind: 'offline', theme: 'dark' });
  });

  it('draws the chosen offline outline even with a key', () => {
    expect(resolveMapStyle(OFFLINE_MAP_STYLES.dark, 'pk.abc')).toEqual({
      kind: 'offline',
      theme: 'dark',
    });
    expect(resolveMapStyle(undefined, 'pk.abc')).toEqual({ kind: 'offline', theme: 'light' });
  });
});

describe('toMapboxApiUrl', () => {
  const token = 'pk.test';

  it('sends styles, sprites, glyphs and tilesets to the Mapbox API with the token', () => {
    expect(toMapboxApiUrl('mapbox://styles/mapbox/light-v10', token)).toBe(
      'https://api.mapbox.com/styles/v1/mapbox/light-v10?access_token=pk.test',
    );
    expect(toMapboxApiUrl('mapbox://sprites/mapbox/light-v10@2x.json', token)).toBe(
      'https://api.mapbox.com/styles/v1/mapbox/light-v10/sprite@2x.json?access_token=pk.test',
    );
    expect(toMapboxApiUrl('mapbox://fonts/mapbox/Open Sans Regular/0-255.pbf', token)).toBe(
      'https://api.mapbox.com/fonts/v1/mapbox/Open Sans Regular/0-255.pbf?access_token=pk.test',
    );
    expect(
      toMapboxApiUrl('mapbox://mapbox.mapbox-streets-v8,mapbox.mapbox-terrain-v2', token),
    ).toBe(
      'https://api.mapbox.com/v4/mapbox.mapbox-streets-v8,mapbox.mapbox-terrain-v2.json?secure&access_token=pk.test',
    );
  });

  it('adds the token to Mapbox tile URLs that lack one and leaves other URLs alone', () => {
    expect(toMapboxApiUrl('https://a.tiles.mapbox.com/v4/x/1/2/3.pbf?style=1', token)).toBe(
      'https://a.tiles.mapbox.com/v4/x/1/2/3.pbf?style=1&access_token=pk.test',
    );
    expect(toMapboxApiUrl('https://api.mapbox.com/v4/x.json?access_token=other', token)).toBe(
      'https://api.mapbox.com/v4/x.json?access_token=other',
    );
    expect(toMapboxApiUrl('https://example.com/tiles/1/2/3.png', token)).toBe(
      'https://example.com/tiles/1/2/3.png',
    );
  });
});

describe('the offline base map', () => {
  it('draws the world countries shipped in the bundle', async () => {
    const countries = await loadWorldCountries();

    expect(countries.features.length).toBeGreaterThan(170);
    const names = countries.features.map((feature) => String(feature.properties?.name));
    expect(names).toContain('France');
    expect(names).not.toContain('Antarctica');
  });

  it('keeps a country crossing the 180° line in one piece instead of a band across the map', async () => {
    const countries = await loadWorldCountries();
    const fiji = countries.features.find((feature) => feature.properties?.name === 'Fiji');
    const longitudes = JSON.stringify(fiji?.geometry)
      .match(/\[(-?[\d.]+),-?[\d.]+\]/g)
      ?.map((pair) => Number(pair.slice(1).split(',')[0]));
    expect(longitudes?.length).toBeGreaterThan(0);
    expect(Math.max(...(longitudes ?? [])) - Math.min(...(longitudes ?? []))).toBeLessThan(10);
  });

  it('is a style whose every part is in memory: no URL to fetch', async () => {
    const { style, transformRequest } = await loadMapStyle({ kind: 'offline', theme: 'light' });

    expect(transformRequest).toBeUndefined();
    expect(typeof style).toBe('object');
    const text = JSON.stringify(style);
    expect(text).not.toMatch(/https?:\/\/|mapbox:\/\//);
    expect(text).not.toContain('"glyphs"');
  });

  it('fills the countries light grey over a background', () => {
    const style = buildOfflineStyle({ type: 'FeatureCollection', features: [] }, 'light');

    expect(style.layers.map((layer) => layer.type)).toEqual(['background', 'fill', 'line']);
    expect(style.sources[COUNTRIES_SOURCE_ID]).toMatchObject({ type: 'geojson' });
    expect(style.layers[1]).toMatchObject({ paint: { 'fill-color': '#e3e5e8' } });
  });

  it('loads a Mapbox style by its URL, rewriting mapbox:// requests with the key', async () => {
    const setup = await loadMapStyle({
      kind: 'mapbox',
      styleUrl: 'mapbox://styles/mapbox/dark-v10',
      accessToken: 'pk.k',
    });

    expect(setup.style).toBe('mapbox://styles/mapbox/dark-v10');
    expect(setup.transformRequest?.('mapbox://styles/mapbox/dark-v10')).toEqual({
      url: 'https://api.mapbox.com/styles/v1/mapbox/dark-v10?access_token=pk.k',
    });
  });
});

describe('findMapboxApiKey', () => {
  afterEach(() => document.getElementById(BOOTSTRAP_ELEMENT_ID)?.remove());

  const setBootstrap = (common: Parameters<typeof buildBootstrap>[0]) => {
    const element = document.createElement('script');
    element.id = BOOTSTRAP_ELEMENT_ID;
    element.type = 'application/json';
    element.textContent = JSON.stringify(buildBootstrap(common));
    document.body.append(element);
  };

  it("reads the server's key from the page's bootstrap data", () => {
    setBootstrap({ common: { mapbox_api_key: ' pk.from-server ' } });

    expect(findMapboxApiKey()).toBe('pk.from-server');
  });

  it('finds none when the server sends none or the page has no bootstrap data', () => {
    expect(findMapboxApiKey()).toBeUndefined();
    setBootstrap({ common: {} });
    expect(findMapboxApiKey()).toBeUndefined();
  });
});
