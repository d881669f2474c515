import { DIMMED_OPACITY } from '../../core/cross-filter';
import type { EChartsCoreOption } from '../../echarts/echarts-core';
import { tooltipHtml } from '../../echarts/tooltip-html';
import { mapViewBox } from '../../geo/map-view-box';
import type { WorldGeometry } from '../../geo/world-geometry';
import type { WorldMapCountry, WorldMapProps } from './types';

/** ECharts' own proportions for a whole-world map. */
const WORLD_ASPECT_SCALE = 0.75;

/** The fill of countries without data. */
export const NO_DATA_COLOR = '#e0e0e0';

/** A bubble's diameter: its value on a square-root scale from 0 to the largest, up to the maximum. */
export function bubbleDiameter(value: number, largest: number, maxSize: number): number {
  return largest <= 0 || value <= 0 ? 0 : Math.sqrt(value / largest) * maxSize;
}

/**
 * The World Map's ECharts option once the shapes are registered as `mapName`: each country
 * with data filled with its color; a gradient legend when shaded by the metric; bubbles at the
 * countries' main landmass, sized by the bubble metric. With `selectedCodes` (a dashboard's
 * cross-filter), the other countries are dimmed.
 */
export function buildWorldMapOption(
  props: WorldMapProps,
  mapName: string,
  world: Pick<WorldGeometry, 'labelPoints' | 'bounds'>,
  size: { width: number; height: number },
  selectedCodes?: ReadonlySet<string>,
): EChartsCoreOption {
  const dimmed = (country: WorldMapCountry) =>
    selectedCodes && !selectedCodes.has(country.code) ? { opacity: DIMMED_OPACITY } : {};
  const { labelPoints } = world;
  const bubbles =
    props.maxBubbleSize > 0 ? props.countries.filter((c) => labelPoints.has(c.code)) : [];
  const largest = Math.max(0, ...bubbles.map((country) => country.bubbleValue ?? 0));
  const countryTooltip = (country: WorldMapCountry) =>
    tooltipHtml(
      [
        [props.metricName, props.formatValue(country.value)],
        ...(props.maxBubbleSize > 0 && props.bubbleMetricName !== props.metricName
          ? [[props.bubbleMetricName, props.formatValue(country.bubbleValue)]]
          : []),
      ],
      country.name,
    );

  return {
    animation: false,
    tooltip: {
      trigger: 'item',
      confine: true,
      formatter: (params: { data?: { country?: WorldMapCountry }; name: string }) =>
        params.data?.country ? countryTooltip(params.data.country) : tooltipHtml([], params.name),
    },
    geo: {
      map: mapName,
      nameProperty: 'code',
      roam: true,
      scaleLimit: { min: 1, max: 12 },
      ...mapViewBox(world.bounds, size.width, size.height, WORLD_ASPECT_SCALE),
      itemStyle: { areaColor: NO_DATA_COLOR, borderColor: '#ffffff', borderWidth: 0.5 },
      emphasis: { label: { show: false }, itemStyle: { areaColor: '#fec44f' } },
      select: { disabled: true },
      regions: props.countries.map((country) => ({
        name: country.code,
        itemStyle: { areaColor: country.color, ...dimmed(country) },
      })),
    },
    ...(props.isColoredByMetric
      ? {
          visualMap: {
            type: 'continuous',
            seriesIndex: 0,
            min: props.range[0],
            max: props.range[1],
            inRange: { color: [...props.colors] },
            text: [props.formatValue(props.range[1]), props.formatValue(props.range[0])],
            calculable: false,
            left: 10,
            bottom: 10,
            itemWidth: 10,
            itemHeight: 80,
          },
        }
      : {}),
    series: [
      {
        type: 'map',
        geoIndex: 0,
        name: props.metricName,
        // The series' own color fills the shared geo's regions that have no data.
        itemStyle: { color: NO_DATA_COLOR, areaColor: NO_DATA_COLOR },
        data: props.countries.map((country) => ({
          name: country.code,
          value: country.value,
          country,
          itemStyle: { color: country.color, areaColor: country.color, ...dimmed(country) },
        })),
      },
      {
        type: 'scatter',
        coordinateSystem: 'geo',
        name: props.bubbleMetricName,
        itemStyle: { color: props.bubbleColor, opacity: 0.6, borderColor: props.bubbleColor },
        emphasis: { itemStyle: { opacity: 0.9 } },
        data: bubbles.map((country) => ({
          name: country.code,
          value: [...(labelPoints.get(country.code) ?? [0, 0]), country.bubbleValue ?? 0],
          symbolSize: bubbleDiameter(country.bubbleValue ?? 0, largest, props.maxBubbleSize),
          country,
        })),
      },
    ],
  };
}
