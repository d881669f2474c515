import { useMemo } from 'react';
import type { ChartViewProps } from '../../core/chart-plugin';
import { EchartsChart } from '../../echarts/EchartsChart';
import type { EChartsCoreOption } from '../../echarts/echarts-core';
import styles from '../big-number-total/BigNumber.module.css';
import { BigNumberText } from '../big-number-total/BigNumberText';
import type { BigNumberTrendlineProps } from './types';

function trendLineOption(props: BigNumberTrendlineProps): EChartsCoreOption {
  return {
    animation: false,
    grid: { left: 0, right: 0, top: 0, bottom: 0 },
    xAxis: { type: 'time', show: false },
    yAxis: { type: 'value', show: false, scale: !props.startYAxisAtZero },
    tooltip: {
      trigger: 'axis',
      confine: true,
      formatter: (params: { value: [number, number | null] }[]) =>
        params[0] ? props.formatPoint(params[0].value) : '',
    },
    series: [
      {
        type: 'line',
        data: props.trendLine,
        smooth: true,
        showSymbol: false,
        color: props.color,
        areaStyle: { color: props.color, opacity: 0.2 },
      },
    ],
  };
}

/** Big Number with Trendline's component: the number above its trend line (40% of the height). */
export default function BigNumberTrendlineView({
  width,
  height,
  props,
}: ChartViewProps<BigNumberTrendlineProps>) {
  const option = useMemo(() => trendLineOption(props), [props]);
  const chartHeight = props.trendLine ? Math.floor(height * 0.4) : 0;
  const textHeight = height - chartHeight;
  return (
    <div className={styles.view} style={{ width, height }}>
      <BigNumberText width={width} height={textHeight} props={props} />
      {props.trendLine ? (
        <EchartsChart width={width} height={chartHeight} option={option} ariaLabel="Trend line" />
      ) : null}
    </div>
  );
}
