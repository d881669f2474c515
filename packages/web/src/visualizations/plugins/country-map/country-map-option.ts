import type { EChartsCoreOption } from '../../echarts/echarts-core';
import { tooltipHtml } from '../../echarts/tooltip-html';
import { geometriesBounds } from '../../geo/bounds';
import type { CountryMap } from '../../geo/country-maps-build/build-country-maps';
import { mapViewBox } from '../../geo/map-view-box';
import type { CountryMapProps } from './types';

/** The fill of regions without data. */
export const NO_DATA_COLOR = '#e0e0e0';

/**
 * The Country Map's ECharts option once the country's regions are registered as `mapName`:
 * regions with data shaded by the metric along the linear scheme (with its gradient legend),
 * the others gray; the tooltip names the region and its value.
 */
export function buildCountryMapOption(
  props: CountryMapProps,
  mapName: string,
  map: CountryMap,
  size: { width: number; height: number },
): EChartsCoreOption {
  const regions = map.features.map((feature) => feature.properties);
  const shown = regions.filter((region) => props.values.has(region.iso));
  const values = shown.map((region) => props.values.get(region.iso) ?? 0);
  const [min, max] = values.length === 0 ? [0, 1] : [Math.min(...values), Math.max(...values)];
  return {
    animation: false,
    tooltip: {
      trigger: 'item',
      confine: true,
      formatter: (params: { data?: { regionName: string; value: number } }) =>
        params.data
          ? tooltipHtml(
              [[props.metricName, props.formatValue(params.data.value)]],
              params.data.regionName,
            )
          : '',
    },
    visualMap: {
      type: 'continuous',
      min,
      max: max === min ? min + 1 : max,
      inRange: { color: [...props.colors] },
      text: [props.formatValue(max), props.formatValue(min)],
      calculable: false,
      // Bottom right: insets of far-away regions fill the bottom left.
      right: 10,
      bottom: 10,
      itemWidth: 10,
      itemHeight: 80,
      show: values.length > 0,
    },
    series: [
      {
        type: 'map',
        map: mapName,
        nameProperty: 'iso',
        name: props.metricName,
        roam: true,
        scaleLimit: { min: 1, max: 20 },
        ...mapViewBox(
          geometriesBounds(map.features.map((feature) => feature.geometry)),
          size.width,
          size.height,
        ),
        itemStyle: { areaColor: NO_DATA_COLOR, borderColor: '#ffffff', borderWidth: 0.5 },
        emphasis: { label: { show: false }, itemStyle: { areaColor: '#fec44f' } },
        select: { disabled: true },
        data: regions.map((region) => ({
          name: region.iso,
          regionName: region.name,
          value: props.values.has(region.iso) ? props.values.get(region.iso) : null,
        })),
      },
    ],
  };
}
