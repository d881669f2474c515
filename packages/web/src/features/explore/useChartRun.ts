import type { ChartDataResult } from '@superset-ts/shared';
import { useCallback, useRef, useState } from 'react';
import type { AnyChartPlugin, ChartFormData } from '../../visualizations';
import { fetchChartData } from './api/chart-data-api';

/** The chart's last query: what it asked, and what came back. */
export interface ChartRunState {
  status: 'idle' | 'loading' | 'success' | 'failed';
  /** The form data of the last (or running) query; null before the first. */
  formData: ChartFormData | null;
  results: ChartDataResult[] | null;
  error: unknown;
  /** When the last query finished, and how long it took. */
  finishedAt: Date | null;
  durationMs: number | null;
}

const IDLE: ChartRunState = {
  status: 'idle',
  formData: null,
  results: null,
  error: null,
  finishedAt: null,
  durationMs: null,
};

/**
 * Runs the chart's query (`POST /api/v1/chart/data`, the plugin's query context) on demand.
 * Only the latest run's answer is kept: an older request that answers late is ignored.
 */
export function useChartRun(now: () => number = Date.now) {
  const [state, setState] = useState<ChartRunState>(IDLE);
  const latest = useRef(0);

  const run = useCallback(
    async (plugin: AnyChartPlugin, formData: ChartFormData): Promise<void> => {
      const id = ++latest.current;
      const startedAt = now();
      setState((previous) => ({ ...previous, status: 'loading', formData, error: null }));
      try {
        const results = await fetchChartData(plugin.buildQuery(formData));
        if (id !== latest.current) return;
        const finishedAt = now();
        setState({
          status: 'success',
          formData,
          results,
          error: null,
          finishedAt: new Date(finishedAt),
          durationMs: finishedAt - startedAt,
        });
      } catch (error) {
        if (id !== latest.current) return;
        const finishedAt = now();
        setState({
          status: 'failed',
          formData,
          results: null,
          error,
          finishedAt: new Date(finishedAt),
          durationMs: finishedAt - startedAt,
        });
      }
    },
    [now],
  );

  return { state, run };
}
