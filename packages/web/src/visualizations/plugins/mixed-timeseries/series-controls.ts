import type { ControlConfig, ControlPanelSection } from '../../core/control-panel';
import { markerSizeControl } from '../echarts-timeseries/controls';

/** The chart types a query's series can be drawn as (Superset's Mixed Chart choices). */
const SERIES_TYPES = [
  { value: 'line', label: 'Line' },
  { value: 'scatter', label: 'Scatter' },
  { value: 'smooth', label: 'Smooth Line' },
  { value: 'bar', label: 'Bar' },
  { value: 'start', label: 'Step - start' },
  { value: 'middle', label: 'Step - middle' },
  { value: 'end', label: 'Step - end' },
];

/**
 * The Customize section of one query's series: type, stacking, area, values, markers and the
 * y-axis they use. Query B's controls carry a `B` suffix (`seriesTypeB`), as Superset's do.
 */
export function querySeriesSection(query: 'A' | 'B'): ControlPanelSection {
  const suffix = query === 'B' ? 'B' : '';
  const control = (config: ControlConfig): ControlConfig => ({
    ...config,
    name: `${config.name}${suffix}`,
    renderTrigger: true,
  });
  return {
    label: `Query ${query} series`,
    tab: 'customize',
    expanded: true,
    rows: [
      [
        control({
          name: 'seriesType',
          kind: 'select',
          label: 'Series type',
          default: 'line',
          clearable: false,
          options: SERIES_TYPES,
          description: 'Series chart type (line, bar etc)',
        }),
      ],
      [
        control({
          name: 'yAxisIndex',
          kind: 'select',
          label: 'Y Axis',
          default: query === 'A' ? 0 : 1,
          clearable: false,
          options: [
            { value: 0, label: 'Primary' },
            { value: 1, label: 'Secondary' },
          ],
          description: 'Primary or secondary y-axis',
        }),
      ],
      [control({ name: 'stack', kind: 'checkbox', label: 'Stack series', default: false })],
      [
        control({
          name: 'area',
          kind: 'checkbox',
          label: 'Area chart',
          default: false,
          description: 'Draw area under curves. Only applicable for line types.',
        }),
      ],
      [
        control({
          name: 'opacity',
          kind: 'number',
          label: 'Opacity',
          default: 0.2,
          min: 0,
          max: 1,
          step: 0.1,
          description: 'Opacity of area chart.',
        }),
      ],
      [control({ name: 'show_value', kind: 'checkbox', label: 'Show Values', default: false })],
      [
        control({
          name: 'markerEnabled',
          kind: 'checkbox',
          label: 'Marker',
          default: false,
          description: 'Draw a marker on data points. Only applicable for line types.',
        }),
      ],
      [control(markerSizeControl)],
    ],
  };
}
