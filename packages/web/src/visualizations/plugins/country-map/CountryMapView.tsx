import { MapChart } from 'echarts/charts';
import { VisualMapContinuousComponent } from 'echarts/components';
import { useMemo } from 'react';
import type { ChartViewProps } from '../../core/chart-plugin';
import { ChartMessage } from '../../core/ChartMessage';
import { EchartsChart } from '../../echarts/EchartsChart';
import { echarts } from '../../echarts/echarts-core';
import { countryMapName, loadCountryMap } from '../../geo/country-map-loader';
import { useAsyncValue } from '../../geo/useAsyncValue';
import { buildCountryMapOption } from './country-map-option';
import type { CountryMapProps } from './types';

// The map's chart type loads with this view, not with every page.
echarts.use([MapChart, VisualMapContinuousComponent]);

/**
 * The Country Map: loads the chosen country's regions (shipped with the app) once, then draws
 * them with ECharts; a country without a map, or a failed load, shows why.
 */
export default function CountryMapView({ width, height, props }: ChartViewProps<CountryMapProps>) {
  const map = useAsyncValue(props.countryCode, () =>
    loadCountryMap(props.countryCode, props.countryName),
  );
  const option = useMemo(
    () =>
      map.status === 'ready'
        ? buildCountryMapOption(props, countryMapName(props.countryCode), map.value, {
            width,
            height,
          })
        : undefined,
    [props, map, width, height],
  );
  if (map.status === 'error') {
    return <ChartMessage state={{ kind: 'render-error', message: map.message }} />;
  }
  if (!option) return <ChartMessage state={{ kind: 'loading' }} />;
  return <EchartsChart width={width} height={height} option={option} ariaLabel={props.ariaLabel} />;
}
