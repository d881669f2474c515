import { useCallback, useEffect, useMemo, useReducer, useRef, useState } from 'react';
import {
  chartRegistry,
  validateChartFormData,
  type ChartFormData,
  type ControlValidationError,
} from '../../visualizations';
import { datasetLookups, type ExploreBootstrap } from './explore-dataset';
import { exploreChartUrl, exploreStateUrl } from './explore-url';
import { formDataReducer, initialFormData } from './form-data-state';
import { formDataToDraw, hasQueryChanges } from './query-changes';
import { useChartRun } from './useChartRun';
import { useFormDataKey } from './useFormDataKey';

/** The saved chart Explore works on. */
export type ExploreSlice = NonNullable<ExploreBootstrap['slice']>;

const NO_ERRORS: readonly ControlValidationError[] = [];

/** The name a chart not saved yet is shown and first saved under. */
export function untitledChartName(bootstrap: ExploreBootstrap): string {
  const { dataset } = bootstrap;
  return `${dataset.table_name || dataset.name || 'Chart'} - untitled`;
}

/** What opening Explore gives its workspace. */
export interface ExploreWorkspaceInput {
  bootstrap: ExploreBootstrap;
  vizTypeHint: string | undefined;
  formDataKey: string | undefined;
  replaceUrl: (url: string) => void;
  /** Told when the unsaved state could not be kept in the URL. */
  onStoreFailure?: (error: unknown) => void;
}

/**
 * Explore's state: the form data and its reducer, the saved chart, the chart's last query
 * and whether the controls changed since (stale). Running queries the chart, then keeps the
 * state on the server and in the URL; the first load runs by itself when the controls are
 * complete.
 */
export function useExploreWorkspace({
  bootstrap,
  vizTypeHint,
  formDataKey,
  replaceUrl,
  onStoreFailure,
}: ExploreWorkspaceInput) {
  const [formData, dispatch] = useReducer(formDataReducer, undefined, () =>
    initialFormData(
      { ...bootstrap.form_data, ...datasetLookups(bootstrap.dataset) },
      (vizType) => chartRegistry.findChartPlugin(vizType),
      vizTypeHint,
    ),
  );
  const [slice, setSlice] = useState<ExploreSlice | null>(bootstrap.slice);
  const [title, setTitle] = useState(
    () => bootstrap.slice?.slice_name ?? untitledChartName(bootstrap),
  );
  const plugin = chartRegistry.findChartPlugin(formData.viz_type);
  const errors = useMemo(
    () => (plugin ? validateChartFormData(plugin, formData) : NO_ERRORS),
    [plugin, formData],
  );
  const { state: chartRun, run } = useChartRun();
  const storeState = useFormDataKey(formDataKey);
  /** The chart's element, for "Download as image". */
  const chartElementRef = useRef<HTMLDivElement>(null);

  const queriedPlugin = chartRegistry.findChartPlugin(chartRun.formData?.viz_type);
  const isStale = chartRun.formData
    ? hasQueryChanges(chartRun.formData, formData, queriedPlugin)
    : true;
  const drawnFormData = useMemo(
    () => formDataToDraw(chartRun.formData, formData, queriedPlugin),
    [chartRun.formData, formData, queriedPlugin],
  );
  const canRun = plugin !== undefined && errors.length === 0;

  const runChart = useCallback(async () => {
    if (!plugin || errors.length > 0) return;
    const sliceId = slice?.slice_id;
    const asked: ChartFormData = { ...formData };
    await run(plugin, asked);
    try {
      const key = await storeState(asked, sliceId);
      if (key) replaceUrl(exploreStateUrl(key, sliceId));
    } catch (error) {
      onStoreFailure?.(error);
    }
  }, [plugin, errors, slice, formData, run, storeState, replaceUrl, onStoreFailure]);

  const hasAutoRun = useRef(false);
  useEffect(() => {
    if (hasAutoRun.current) return;
    hasAutoRun.current = true;
    if (canRun) void runChart();
  }, [canRun, runChart]);

  /** After a save: the chart is now this saved one, and the URL names it. */
  const handleSaved = useCallback(
    (saved: ExploreSlice) => {
      setSlice(saved);
      setTitle(saved.slice_name);
      dispatch({ type: 'change', patch: { slice_id: saved.slice_id } });
      replaceUrl(exploreChartUrl(saved.slice_id));
    },
    [replaceUrl],
  );

  return {
    dataset: bootstrap.dataset,
    message: bootstrap.message,
    formData,
    dispatch,
    plugin,
    errors,
    slice,
    setSlice,
    title,
    setTitle,
    chartRun,
    drawnFormData,
    chartElementRef,
    isStale,
    canRun,
    runChart,
    handleSaved,
  };
}

/** Everything the workspace's parts read and call. */
export type ExploreWorkspaceState = ReturnType<typeof useExploreWorkspace>;
