import { useEffect, useRef } from 'react';
import type { EchartsClickEvent } from './echarts-cross-filter';
import { echarts, type EChartsCoreOption, type EChartsType } from './echarts-core';

/** An ECharts instance on a div of the given size, showing `option`. */
export function EchartsChart({
  width,
  height,
  option,
  ariaLabel,
  onClick,
}: {
  width: number;
  height: number;
  option: EChartsCoreOption;
  ariaLabel?: string;
  /** Called with the clicked item (cross-filtering on dashboards). */
  onClick?: (event: EchartsClickEvent) => void;
}) {
  const elementRef = useRef<HTMLDivElement>(null);
  const chartRef = useRef<EChartsType | null>(null);
  const onClickRef = useRef(onClick);
  onClickRef.current = onClick;
  const isClickable = onClick !== undefined;

  useEffect(() => {
    const element = elementRef.current;
    if (!element) return undefined;
    const chart = echarts.init(element, null, { renderer: 'canvas', width, height });
    chartRef.current = chart;
    return () => {
      chart.dispose();
      chartRef.current = null;
    };
    // The instance lives as long as the element; size and option changes update it below.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  useEffect(() => {
    const chart = chartRef.current;
    if (!chart || !isClickable) return undefined;
    const handler = (event: unknown) => onClickRef.current?.(event as EchartsClickEvent);
    chart.on('click', handler);
    return () => {
      chart.off('click', handler);
    };
  }, [isClickable]);

  useEffect(() => {
    chartRef.current?.resize({ width, height });
  }, [width, height]);

  useEffect(() => {
    chartRef.current?.setOption(option, { notMerge: true });
  }, [option]);

  return <div ref={elementRef} style={{ width, height }} role="img" aria-label={ariaLabel} />;
}
