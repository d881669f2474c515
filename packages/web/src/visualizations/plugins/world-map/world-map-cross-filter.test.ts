import { describe, expect, it } from 'vitest';
import { chartDataResult } from '../../testing/chart-data-result';
import type { WorldMapProps } from './types';
import { selectedCountryCodes, worldMapTargetOf } from './world-map-cross-filter';
import { buildWorldMapOption } from './world-map-option';
import { worldMapPlugin } from '.';

const props = worldMapPlugin.transformProps(
  {
    datasource: '10__table',
    viz_type: 'world_map',
    entity: 'country_code',
    country_fieldtype: 'cca3',
    metric: 'count',
  },
  [
    chartDataResult(
      ['country_code', 'count'],
      [1, 0],
      [
        { country_code: 'fra', count: 2 },
        { country_code: 'BRA', count: 5 },
      ],
    ),
  ],
  {},
) as WorldMapProps;

const world = {
  labelPoints: new Map<string, [number, number]>(),
  bounds: { minX: -180, maxX: 180, minY: -90, maxY: 90 },
};

type MapOption = {
  geo: { regions: { name: string; itemStyle: { opacity?: number } }[] };
  series: [{ data: { name: string; itemStyle: { opacity?: number } }[] }];
};

describe('world_map cross-filters', () => {
  it("filters by the country column's value of the clicked country, as the rows spell it", () => {
    const france = props.countries.find((country) => country.code === 'FRA');
    expect(worldMapTargetOf(props, { componentType: 'series', data: { country: france } })).toEqual(
      { columns: ['country_code'], values: ['fra'], label: 'France' },
    );
    expect(worldMapTargetOf(props, { componentType: 'geo', name: 'DEU' })).toBeUndefined();
  });

  it('dims the countries that are not selected', () => {
    const selected = selectedCountryCodes(props, ['BRA']);
    const option = buildWorldMapOption(
      props,
      'world',
      world,
      { width: 800, height: 400 },
      selected,
    ) as unknown as MapOption;
    const opacityOf = (code: string) =>
      option.series[0].data.find((item) => item.name === code)?.itemStyle.opacity;
    expect(opacityOf('BRA')).toBeUndefined();
    expect(opacityOf('FRA')).toBe(0.3);
    expect(option.geo.regions.find((region) => region.name === 'FRA')?.itemStyle.opacity).toBe(0.3);
    expect(selectedCountryCodes(props, null)).toBeUndefined();
  });
});
