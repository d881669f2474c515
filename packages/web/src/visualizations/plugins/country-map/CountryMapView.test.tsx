import { render, screen } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { getNumberFormatter } from '../../formatting/number-formatter';
import { MapDataUnavailableError } from '../../geo/map-data-error';
import type { CountryMapProps } from './types';
import CountryMapView from './CountryMapView';

// jsdom has no canvas: a stand-in ECharts records the option; the map file is not fetched.
const chart = vi.hoisted(() => ({ setOption: vi.fn(), loadCountryMap: vi.fn() }));
vi.mock('../../echarts/echarts-core', () => ({
  echarts: {
    use: () => undefined,
    init: () => ({ setOption: chart.setOption, resize: () => undefined, dispose: () => undefined }),
  },
}));
vi.mock('../../geo/country-map-loader', () => ({
  countryMapName: (code: string) => `map-${code}`,
  loadCountryMap: chart.loadCountryMap,
}));

const props: CountryMapProps = {
  countryCode: 'BE',
  countryName: 'Belgium',
  values: new Map([['BE-BRU', 5]]),
  metricName: 'count',
  colors: ['#ffffff', '#000000'],
  formatValue: getNumberFormatter(),
  ariaLabel: 'Map of Belgium by count',
};

describe('CountryMapView', () => {
  beforeEach(() => vi.clearAllMocks());

  it('shows loading, then draws the loaded country map', async () => {
    chart.loadCountryMap.mockResolvedValue({
      type: 'FeatureCollection',
      features: [
        { type: 'Feature', properties: { iso: 'BE-BRU', name: 'Brussels' }, geometry: null },
      ],
    });
    render(<CountryMapView width={400} height={300} props={props} />);
    expect(screen.getByRole('status', { name: 'Loading chart' })).toBeTruthy();
    expect(await screen.findByRole('img', { name: 'Map of Belgium by count' })).toBeTruthy();
    expect(chart.loadCountryMap).toHaveBeenCalledWith('BE', 'Belgium');
    // ECharts draws once its container is mounted, which may follow the figure's first render.
    await vi.waitFor(() => expect(chart.setOption).toHaveBeenCalled());
    const [option] = chart.setOption.mock.calls.at(-1) as [
      { series: { map: string; data: unknown[] }[] },
    ];
    expect(option.series[0]).toMatchObject({
      map: 'map-BE',
      data: [{ name: 'BE-BRU', regionName: 'Brussels', value: 5 }],
    });
  });

  it('says why when the map cannot be loaded', async () => {
    chart.loadCountryMap.mockRejectedValue(
      new MapDataUnavailableError("There is no map of Belgium's regions."),
    );
    render(<CountryMapView width={400} height={300} props={props} />);
    expect(await screen.findByText("There is no map of Belgium's regions.")).toBeTruthy();
  });
});
