import { applyPostProcessing, joinTimeOffsets } from '../../post-processing/index.js';
import {
  buildChartQuery,
  renderQueryTemplates,
  timeOffsetRange,
  usesFreeTextSql,
} from '../../query-engine/index.js';
import type { ChartPostProcessing, ChartQueryEngine } from './chart-data.ports.js';

/** The query engine module behind the chart data port. */
export const QUERY_ENGINE: ChartQueryEngine = {
  build: buildChartQuery,
  usesFreeTextSql,
  renderQueryTemplates,
  timeOffsetRange,
};

/** The post-processing module behind the chart data port. */
export const POST_PROCESSING: ChartPostProcessing = {
  apply: applyPostProcessing,
  joinTimeOffsets,
};
