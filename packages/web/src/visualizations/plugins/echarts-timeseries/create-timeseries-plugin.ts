import { validateTimeShifts } from '../../core/advanced-analytics/time-shift-validation';
import {
  defineChartPlugin,
  type AnyChartPlugin,
  type ChartCategory,
} from '../../core/chart-plugin';
import { validateRequiredControls } from '../../core/control-panel';
import type { EchartsProps } from '../../echarts/EchartsView';
import { buildTimeseriesQuery } from './buildQuery';
import { timeseriesControlPanel, type TimeseriesPanelSpec } from './controlPanel';
import { transformTimeseriesProps } from './transformProps';
import type { TimeseriesFormData, TimeseriesKind } from './types';

/** What distinguishes one time-series plugin from another. */
export interface TimeseriesPluginSpec extends TimeseriesPanelSpec {
  vizType: string;
  kind: TimeseriesKind;
  name: string;
  description: string;
  tags: readonly string[];
  /** The gallery picture (an imported `thumbnail.svg`). */
  thumbnail?: string;
  /** `Evolution` when not given. */
  category?: ChartCategory;
}

/**
 * A time-series plugin: line, bar, area, scatter, smooth and stepped lines share their query
 * (with advanced analytics), validation and drawing, and differ in how series look.
 */
export function createTimeseriesPlugin(spec: TimeseriesPluginSpec): AnyChartPlugin {
  const controlPanel = timeseriesControlPanel(spec);
  return defineChartPlugin<TimeseriesFormData, EchartsProps>({
    vizType: spec.vizType,
    name: spec.name,
    description: spec.description,
    category: spec.category ?? 'Evolution',
    tags: spec.tags,
    ...(spec.thumbnail ? { thumbnail: spec.thumbnail } : {}),
    controlPanel,
    validate: (formData) => [
      ...validateRequiredControls(controlPanel, formData),
      ...validateTimeShifts(formData),
    ],
    buildQuery: buildTimeseriesQuery,
    transformProps: (formData, queriesResponse, context) =>
      transformTimeseriesProps(spec.kind, formData, queriesResponse, context),
    loadComponent: () => import('../../echarts/EchartsView'),
  });
}
