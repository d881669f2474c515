import { MapChart, ScatterChart } from 'echarts/charts';
import { GeoComponent, VisualMapContinuousComponent } from 'echarts/components';
import { useMemo } from 'react';
import type { ChartViewProps } from '../../core/chart-plugin';
import { ChartMessage } from '../../core/ChartMessage';
import { toggleCrossFilter } from '../../core/cross-filter';
import { EchartsChart } from '../../echarts/EchartsChart';
import type { EchartsClickEvent } from '../../echarts/echarts-cross-filter';
import { echarts } from '../../echarts/echarts-core';
import { useAsyncValue } from '../../geo/useAsyncValue';
import { loadWorldMap, WORLD_MAP_NAME } from '../../geo/world-map-loader';
import type { WorldMapProps } from './types';
import { selectedCountryCodes, worldMapTargetOf } from './world-map-cross-filter';
import { buildWorldMapOption } from './world-map-option';

// The map's chart types load with this view, not with every page.
echarts.use([MapChart, ScatterChart, GeoComponent, VisualMapContinuousComponent]);

/**
 * The World Map: loads the world's country shapes (shipped with the app) once, then draws the
 * countries and bubbles with ECharts; a failed load shows why. On a dashboard with
 * cross-filters, a click on a country filters the other charts by it (again: clears it).
 */
export default function WorldMapView({
  width,
  height,
  props,
  interaction,
}: ChartViewProps<WorldMapProps>) {
  const world = useAsyncValue('world', loadWorldMap);
  const selectedValues = interaction?.selectedValues;
  const option = useMemo(
    () =>
      world.status === 'ready'
        ? buildWorldMapOption(
            props,
            WORLD_MAP_NAME,
            world.value,
            { width, height },
            selectedCountryCodes(props, selectedValues),
          )
        : undefined,
    [props, world, width, height, selectedValues],
  );
  if (world.status === 'error') {
    return <ChartMessage state={{ kind: 'render-error', message: world.message }} />;
  }
  if (!option) return <ChartMessage state={{ kind: 'loading' }} />;
  const handleClick = interaction?.emitCrossFilters
    ? (event: EchartsClickEvent) => {
        const target = worldMapTargetOf(props, event);
        if (target) toggleCrossFilter(interaction, target);
      }
    : undefined;
  return (
    <EchartsChart
      width={width}
      height={height}
      option={option}
      ariaLabel={props.ariaLabel}
      {...(handleClick ? { onClick: handleClick } : {})}
    />
  );
}
