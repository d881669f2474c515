import { afterEach, describe, expect, it, vi } from 'vitest';
import { echarts } from '../echarts/echarts-core';
import { countryMapName, countryMapUrl, loadCountryMap } from './country-map-loader';
import { MapDataUnavailableError } from './map-data-error';

const belgium = {
  type: 'FeatureCollection',
  features: [
    {
      type: 'Feature',
      properties: { iso: 'BE-BRU', name: 'Brussels' },
      geometry: {
        type: 'Polygon',
        coordinates: [
          [
            [4, 50],
            [5, 50],
            [5, 51],
            [4, 50],
          ],
        ],
      },
    },
  ],
};

describe('loadCountryMap', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('fetches the map from the app itself once and registers it with ECharts', async () => {
    const fetchMock = vi.fn(
      async () =>
        new Response(JSON.stringify(belgium), { headers: { 'content-type': 'application/json' } }),
    );
    vi.stubGlobal('fetch', fetchMock);
    const first = await loadCountryMap('be', 'Belgium');
    const second = await loadCountryMap('BE', 'Belgium');
    expect(first).toBe(second);
    expect(fetchMock).toHaveBeenCalledTimes(1);
    expect(fetchMock).toHaveBeenCalledWith(countryMapUrl('BE'));
    expect(countryMapUrl('be')).toMatch(/\/country-maps\/BE\.json$/);
    expect(echarts.getMap(countryMapName('BE'))).toBeTruthy();
  });

  it('takes an HTML page answered for a missing file as no map', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(
        async () => new Response('<html></html>', { headers: { 'content-type': 'text/html' } }),
      ),
    );
    await expect(loadCountryMap('BV', 'Bouvet Island')).rejects.toThrow(
      "There is no map of Bouvet Island's regions.",
    );
  });

  it('explains a country without a map, and tries again next time', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => new Response('', { status: 404 })),
    );
    await expect(loadCountryMap('AQ', 'Antarctica')).rejects.toThrow(
      new MapDataUnavailableError("There is no map of Antarctica's regions."),
    );
    vi.stubGlobal(
      'fetch',
      vi.fn(
        async () =>
          new Response(JSON.stringify(belgium), {
            headers: { 'content-type': 'application/json' },
          }),
      ),
    );
    await expect(loadCountryMap('AQ', 'Antarctica')).resolves.toMatchObject({
      type: 'FeatureCollection',
    });
  });
});
