import { useMemo } from 'react';
import type { ChartViewProps } from '../core/chart-plugin';
import { toggleCrossFilter } from '../core/cross-filter';
import { EchartsChart } from './EchartsChart';
import type { EchartsClickEvent, EchartsCrossFilter } from './echarts-cross-filter';
import type { EChartsCoreOption } from './echarts-core';

/** The props of a chart drawn entirely by one ECharts option. */
export interface EchartsProps {
  option: EChartsCoreOption;
  /** What the chart shows, for screen readers. */
  ariaLabel: string;
  /** Present when a click on an item can cross-filter the dashboard. */
  crossFilter?: EchartsCrossFilter;
}

/**
 * The component of the ECharts plugins: the option, drawn at the chart's size. On a dashboard
 * with cross-filters, a click on an item filters the other charts by it (again: clears it),
 * and the items not selected are dimmed.
 */
export default function EchartsView({
  width,
  height,
  props,
  interaction,
}: ChartViewProps<EchartsProps>) {
  const { crossFilter } = props;
  const selectedValues = interaction?.selectedValues;
  const option = useMemo(
    () =>
      crossFilter && selectedValues && selectedValues.length > 0
        ? crossFilter.highlight(props.option, selectedValues)
        : props.option,
    [crossFilter, props.option, selectedValues],
  );
  const handleClick =
    crossFilter && interaction?.emitCrossFilters
      ? (event: EchartsClickEvent) => {
          const target = crossFilter.targetOf(event);
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
