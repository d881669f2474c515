import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { queryContextSchema } from '@superset-ts/shared';
import type { Topology } from 'topojson-specification';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { getLabelColors } from '../../color/label-colors';
import { getSequentialScheme } from '../../color/sequential-schemes';
import { resolveChartState } from '../../core/chart-state';
import { echarts } from '../../echarts/echarts-core';
import { chartDataResult } from '../../testing/chart-data-result';
import { renderEchartsSvg } from '../../testing/echarts-svg';
import { toWorldGeometry, type WorldGeometry } from '../../geo/world-geometry';
import type { WorldMapProps } from './types';
import { buildWorldMapOption } from './world-map-option';
import './WorldMapView';
import { worldMapPlugin } from '.';

const formData = {
  datasource: '10__table',
  viz_type: 'world_map',
  entity: 'country_code',
  country_fieldtype: 'cca3' as const,
  metric: 'sum__population',
  secondary_metric: 'sum__gdp',
  show_bubbles: true,
  max_bubble_size: '50',
  linear_color_scheme: 'white_black',
  y_axis_format: ',d',
};

const response = [
  chartDataResult(
    ['country_code', 'sum__population', 'sum__gdp'],
    [1, 0, 0],
    [
      { country_code: 'BRA', sum__population: 200, sum__gdp: 100 },
      { country_code: 'fra', sum__population: 60, sum__gdp: 400 },
      { country_code: 'XXX', sum__population: 5, sum__gdp: 1 },
      { country_code: 'USA', sum__population: 320, sum__gdp: 1600 },
    ],
  ),
];

type MapOption = {
  geo: { regions: { name: string; itemStyle: { areaColor: string } }[] };
  series: [
    { data: { name: string; value: number }[] },
    { data: { name: string; value: number[]; symbolSize: number }[] },
  ];
  tooltip: { formatter: (params: unknown) => string };
};

let world: WorldGeometry;

describe('world_map', () => {
  beforeAll(() => {
    const path = createRequire(import.meta.url).resolve('world-atlas/countries-110m.json');
    world = toWorldGeometry(JSON.parse(readFileSync(path, 'utf8')) as Topology);
    echarts.registerMap('test-world', world.geoJson as never);
  });
  beforeEach(() => getLabelColors().reset());

  it('queries the metric and the bubble metric by the country column', () => {
    const [query] = queryContextSchema.parse(worldMapPlugin.buildQuery(formData)).queries;
    expect(query).toMatchObject({
      columns: ['country_code'],
      metrics: ['sum__population', 'sum__gdp'],
    });
  });

  it('knows every shape of the world atlas by an ISO code, Kosovo by its name', () => {
    const codes = world.geoJson.features.map((feature) => feature.properties.code);
    expect(codes).toContain('BRA');
    expect(codes).toContain('XKX');
    expect(codes).not.toContain('ATA');
    expect(codes.filter((code) => !/^[A-Z]{3}$/.test(code)).sort()).toEqual([
      'N. Cyprus',
      'Somaliland',
    ]);
    const [lon, lat] = world.labelPoints.get('FRA') ?? [];
    // France's marker is on the mainland, not between it and French Guiana.
    expect(lon).toBeGreaterThan(-5);
    expect(lat).toBeGreaterThan(42);
    // Eastern Russia continues past 180° instead of streaking across the map.
    expect(world.bounds.maxX).toBeGreaterThan(180);
    expect(world.bounds.minX).toBeGreaterThanOrEqual(-180);
  });

  it('shades the matched countries along the scheme and sizes bubbles by the second metric', () => {
    const props = worldMapPlugin.transformProps(formData, response, {}) as WorldMapProps;
    expect(props.countries.map((country) => [country.code, country.value])).toEqual([
      ['BRA', 200],
      ['FRA', 60],
      ['USA', 320],
    ]);
    const [white, black] = getSequentialScheme('white_black').colors;
    expect(props.countries.find((c) => c.code === 'FRA')?.color).toBe(white);
    expect(props.countries.find((c) => c.code === 'USA')?.color).toBe(black);

    const option = buildWorldMapOption(props, 'test-world', world, {
      width: 800,
      height: 400,
    }) as unknown as MapOption;
    const bubbles = option.series[1].data;
    expect(bubbles.map((bubble) => [bubble.name, Math.round(bubble.symbolSize)])).toEqual([
      ['BRA', 13],
      ['FRA', 25],
      ['USA', 50],
    ]);
    const tooltip = option.tooltip.formatter({ name: 'USA', data: option.series[0].data[2] });
    expect(tooltip).toContain('United States');
    expect(tooltip).toContain('<span>sum__population</span><span>320</span>');

    const svg = renderEchartsSvg(option, 800, 400);
    expect(svg).toContain('fill="#000"');
    expect(svg).toContain('fill="#e0e0e0"');
  });

  it('colors each country by the categorical scheme when coloring by country', () => {
    const props = worldMapPlugin.transformProps(
      { ...formData, color_by: 'country', show_bubbles: false },
      response,
      {},
    ) as WorldMapProps;
    expect(new Set(props.countries.map((country) => country.color)).size).toBe(3);
    const option = buildWorldMapOption(props, 'test-world', world, {
      width: 800,
      height: 400,
    }) as unknown as MapOption;
    expect(option.series[1].data).toEqual([]);
    expect('visualMap' in option).toBe(false);
  });

  it('matches names and IOC codes, and says so when no value is a country', () => {
    const byName = worldMapPlugin.transformProps(
      { ...formData, country_fieldtype: 'name' },
      [
        chartDataResult(
          ['country_code', 'sum__population'],
          [1, 0],
          [
            { country_code: 'Côte d’Ivoire', sum__population: 1 },
            { country_code: 'united states of america', sum__population: 2 },
          ],
        ),
      ],
      {},
    ) as WorldMapProps;
    expect(byName.countries.map((country) => country.code)).toEqual(['CIV', 'USA']);
    const state = resolveChartState({
      plugin: worldMapPlugin,
      formData: { ...formData, country_fieldtype: 'cca2' },
      queriesResponse: response,
    });
    expect(state).toMatchObject({
      kind: 'message',
      message: {
        kind: 'render-error',
        message:
          'No value of country_code (BRA, fra, XXX) is one of the ISO alpha-2 codes the Country Field Type expects.',
      },
    });
  });

  it('needs the country column and a metric', () => {
    expect(worldMapPlugin.validate({ datasource: '10__table' })).toEqual([
      { control: 'entity', message: 'Country Column cannot be empty.' },
      { control: 'metric', message: 'Metric cannot be empty.' },
    ]);
  });
});
