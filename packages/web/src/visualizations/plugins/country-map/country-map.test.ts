import { queryContextSchema } from '@superset-ts/shared';
import { describe, expect, it } from 'vitest';
import { getSequentialScheme } from '../../color/sequential-schemes';
import { resolveChartState } from '../../core/chart-state';
import { echarts } from '../../echarts/echarts-core';
import type { CountryMap } from '../../geo/country-maps-build/build-country-maps';
import { chartDataResult } from '../../testing/chart-data-result';
import { renderEchartsSvg } from '../../testing/echarts-svg';
import { buildCountryMapOption } from './country-map-option';
import { COUNTRY_OPTIONS, findSelectedCountry } from './country-options';
import './CountryMapView';
import type { CountryMapProps } from './types';
import { countryMapPlugin } from '.';

const formData = {
  datasource: '11__table',
  viz_type: 'country_map',
  select_country: 'france',
  entity: 'dept_code',
  metric: 'sum__population',
  number_format: ',d',
  linear_color_scheme: 'white_black',
};

const response = [
  chartDataResult(
    ['dept_code', 'sum__population'],
    [1, 0],
    [
      { dept_code: 'fr-75', sum__population: 2100 },
      { dept_code: 'FR-13', sum__population: 100 },
      { dept_code: 'FR-13', sum__population: 100 },
    ],
  ),
];

const square = (x: number, y: number): [number, number][] => [
  [x, y],
  [x + 1, y],
  [x + 1, y + 1],
  [x, y + 1],
  [x, y],
];
const france: CountryMap = {
  type: 'FeatureCollection',
  features: [
    {
      type: 'Feature',
      properties: { iso: 'FR-75', name: 'Paris' },
      geometry: { type: 'Polygon', coordinates: [square(2, 48)] },
    },
    {
      type: 'Feature',
      properties: { iso: 'FR-13', name: 'Bouches-du-Rhône' },
      geometry: { type: 'Polygon', coordinates: [square(5, 43)] },
    },
    {
      type: 'Feature',
      properties: { iso: 'FR-29', name: 'Finistère' },
      geometry: { type: 'Polygon', coordinates: [square(-4, 48)] },
    },
  ],
};

type MapOption = {
  series: [{ data: { name: string; regionName: string; value: number | null }[] }];
  visualMap: { min: number; max: number };
  tooltip: { formatter: (params: unknown) => string };
};

describe('country_map', () => {
  it('queries the metric by the ISO 3166-2 code column', () => {
    const [query] = queryContextSchema.parse(countryMapPlugin.buildQuery(formData)).queries;
    expect(query).toMatchObject({ columns: ['dept_code'], metrics: ['sum__population'] });
  });

  it("offers every country under Superset's keys, and reads other names for one", () => {
    expect(COUNTRY_OPTIONS).toContainEqual({ value: 'usa', label: 'United States' });
    expect(COUNTRY_OPTIONS).toContainEqual({ value: 'costa_rica', label: 'Costa Rica' });
    expect(findSelectedCountry('czech_republic')?.cca2).toBe('CZ');
    expect(findSelectedCountry('czechia')?.cca2).toBe('CZ');
    expect(findSelectedCountry('uk')?.cca2).toBe('GB');
    expect(findSelectedCountry('saint_barthelemy')?.cca2).toBe('BL');
    expect(findSelectedCountry('italy_regions')).toBeUndefined();
  });

  it('shades regions by their summed metric, codes in any case, the others gray', () => {
    const props = countryMapPlugin.transformProps(formData, response, {}) as CountryMapProps;
    expect(props.countryCode).toBe('FR');
    expect([...props.values]).toEqual([
      ['FR-75', 2100],
      ['FR-13', 200],
    ]);
    echarts.registerMap('test-france', france);
    const option = buildCountryMapOption(props, 'test-france', france, { width: 400, height: 300 });
    const map = option as unknown as MapOption;
    expect(map.series[0].data.map((region) => [region.name, region.value])).toEqual([
      ['FR-75', 2100],
      ['FR-13', 200],
      ['FR-29', null],
    ]);
    expect([map.visualMap.min, map.visualMap.max]).toEqual([200, 2100]);
    expect(map.tooltip.formatter({ data: map.series[0].data[0] })).toContain(
      '<span>sum__population</span><span>2,100</span>',
    );
    const svg = renderEchartsSvg(option, 400, 300);
    const [white, black] = getSequentialScheme('white_black').colors;
    expect(white).toBe('#ffffff');
    expect(black).toBe('#000000');
    expect(svg).toContain('fill="#000"');
    expect(svg).toMatch(/fill="(#fff|rgb\(255,255,255\))"/);
    expect(svg).toContain('fill="#e0e0e0"');
  });

  it('says so when the chosen country has no map', () => {
    const state = resolveChartState({
      plugin: countryMapPlugin,
      formData: { ...formData, select_country: 'italy_regions' },
      queriesResponse: response,
    });
    expect(state).toMatchObject({
      kind: 'message',
      message: {
        kind: 'render-error',
        message: 'There is no map for the country "italy_regions"; choose another country.',
      },
    });
  });

  it('needs a country, the code column and a metric', () => {
    expect(countryMapPlugin.validate({ datasource: '11__table' })).toEqual([
      { control: 'select_country', message: 'Country cannot be empty.' },
      { control: 'entity', message: 'ISO 3166-2 Codes cannot be empty.' },
      { control: 'metric', message: 'Metric cannot be empty.' },
    ]);
  });
});
