import type { ExecuteOptions, QueryResult } from '@superset-ts/engines';
import type { GenericDataType, QueryObject } from '@superset-ts/shared';
import type { DataFrame } from '../../post-processing/data-frame.js';
import type { QueryDataset } from '../../query-engine/query-dataset.js';
import type { BuiltChartQuery } from '../../query-engine/index.js';
import type { ChartDatabase, ChartPostProcessing } from './chart-data.ports.js';
import type { ComputedResult } from './query-outcome.js';
import { withDatasetOffset } from './dataset-offset.js';
import { typedFrameOf } from './result-table.js';
import { timeComparisonColumns } from './time-comparison.js';
import { AppError } from '../../errors/app-error.js';

/** One chart query ready to run: its SQL, its time offsets' SQL, and what shapes the result. */
export interface PreparedRun {
  database: ChartDatabase;
  dataset: QueryDataset;
  query: QueryObject;
  main: BuiltChartQuery;
  offsets: readonly { offset: string; built: BuiltChartQuery }[];
  /** Post-processing applies to the chart's own query, not to samples or drill to detail. */
  isPostProcessed: boolean;
}

/** Rows come back in SELECT order; long labels had hashed aliases, so name columns by label. */
function renamed(result: QueryResult, labels: readonly string[]): QueryResult {
  if (labels.length !== result.columns.length) return result;
  return {
    ...result,
    columns: result.columns.map((column, index) => ({
      ...column,
      name: labels[index] ?? column.name,
    })),
  };
}

async function execute(run: PreparedRun, built: BuiltChartQuery): Promise<QueryResult> {
  const client = await run.database.client();
  const options: ExecuteOptions = { readOnly: true, schema: run.dataset.schema };
  return renamed(await client.execute(built.sql, options), built.colnames);
}

function datasetTypesOf(dataset: QueryDataset): Map<string, GenericDataType | null> {
  return new Map(dataset.columns.map((column) => [column.column_name, column.type_generic]));
}

/**
 * Runs a prepared chart query on its database: the main query and each time offset (joined
 * on time and dimensions, metrics as `<metric>__<offset>`), then the post-processing steps.
 * Database errors are thrown as they are; the caller decides who may read them.
 */
export async function runChartQuery(
  run: PreparedRun,
  postProcessing: ChartPostProcessing,
): Promise<ComputedResult> {
  const types = datasetTypesOf(run.dataset);
  const [main, ...offsetResults] = await Promise.all([
    execute(run, run.main),
    ...run.offsets.map(({ built }) => execute(run, built)),
  ]);
  if (!main) throw new Error('the main query gave no result');
  const columns = timeComparisonColumns(run.query, run.main);
  const shifted = (frame: DataFrame) =>
    withDatasetOffset(frame, columns?.timeColumn ?? null, run.dataset.offset);
  const typed = typedFrameOf(main, types);
  let frame: DataFrame = shifted(typed.frame);
  if (run.offsets.length > 0) {
    if (!columns) {
      throw new AppError(
        'QUERY_OBJECT_VALIDATION_ERROR',
        'A time comparison needs a time column (an x-axis or a time series) in the query.',
      );
    }
    const offsets = run.offsets.map(({ offset }, index) => ({
      offset,
      frame: shifted(typedFrameOf(offsetResults[index] ?? { columns: [], rows: [] }, types).frame),
    }));
    frame = postProcessing.joinTimeOffsets(frame, offsets, columns);
  }
  if (run.isPostProcessed && run.query.post_processing.length > 0) {
    frame = postProcessing.apply(frame, run.query.post_processing);
  }
  return {
    sql: [run.main.sql, ...run.offsets.map(({ built }) => built.sql)].join(';\n\n'),
    typed: { frame, types: typed.types },
    sqlRowcount: main.rows.length,
    appliedFilters: run.main.appliedFilters,
    rejectedFilters: run.main.rejectedFilters,
    fromDttm: run.main.fromDttm,
    toDttm: run.main.toDttm,
  };
}
