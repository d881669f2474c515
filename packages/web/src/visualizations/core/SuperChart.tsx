import type { ChartDataResult } from '@superset-ts/shared';
import { Suspense, useMemo } from 'react';
import { chartRegistry } from '../chart-registry';
import type { ChartInteraction, TransformContext } from './chart-plugin';
import { resolveChartState } from './chart-state';
import { ChartErrorBoundary } from './ChartErrorBoundary';
import { ChartMessage } from './ChartMessage';
import type { ChartFormData } from './form-data';
import type { ChartRegistry } from './registry';
import styles from './SuperChart.module.css';
import { useContainerSize } from './useContainerSize';

export interface SuperChartProps {
  /** The chart's form data; `viz_type` picks the plugin. */
  formData: ChartFormData;
  /** The `result` list of the chart data response, once it arrived. */
  queriesResponse?: readonly ChartDataResult[] | null;
  /** Why the chart data request failed (an Error's message is shown). */
  error?: unknown;
  isLoading?: boolean;
  /** A fixed size in pixels; by default the chart fills its container and follows its size. */
  width?: number;
  height?: number;
  context?: TransformContext;
  /** The plugins to draw with; the built-in ones by default. */
  registry?: ChartRegistry;
  /** Cross-filtering on a dashboard. */
  interaction?: ChartInteraction;
}

/**
 * Draws a chart from its form data and query results with the plugin of its `viz_type`, or a
 * clear message instead: incomplete controls, loading, the server's error, no results.
 */
export function SuperChart({
  formData,
  queriesResponse,
  error,
  isLoading,
  width,
  height,
  context,
  registry = chartRegistry,
  interaction,
}: SuperChartProps) {
  const [containerRef, measured] = useContainerSize<HTMLDivElement>();
  const plugin = registry.findChartPlugin(formData.viz_type);
  const state = useMemo(
    () => resolveChartState({ plugin, formData, queriesResponse, error, isLoading, context }),
    [plugin, formData, queriesResponse, error, isLoading, context],
  );
  const size = { width: width ?? measured.width, height: height ?? measured.height };
  const style = { width: width ?? '100%', height: height ?? '100%' };

  let content = null;
  if (state.kind === 'message') {
    content = <ChartMessage state={state.message} />;
  } else if (plugin && size.width > 0 && size.height > 0) {
    const Chart = registry.getChartComponent(plugin.vizType);
    content = (
      <ChartErrorBoundary resetKey={state.props}>
        <Suspense fallback={<ChartMessage state={{ kind: 'loading' }} />}>
          <Chart
            width={size.width}
            height={size.height}
            props={state.props}
            {...(interaction ? { interaction } : {})}
          />
        </Suspense>
      </ChartErrorBoundary>
    );
  }
  return (
    <div
      ref={containerRef}
      className={styles.container}
      style={style}
      data-viz-type={formData.viz_type}
    >
      {content}
    </div>
  );
}
