import { defineMacro, flag, requireString } from './macro-arguments.js';
import type { MacroScope } from './macro-scope.js';
import type { JinjaValue } from './jinja-values.js';
import type { DatasetReference } from './template-context.js';
import { TemplateError } from './template-error.js';

/**
 * `dataset(dataset_id, include_metrics=False, columns=None)` and `metric(metric_key,
 * dataset_id=None)`, answered from what the caller pre-fetched for the template's references
 * (see `findDatasetReferences`). A metric's definition is itself rendered as a template.
 */
export function datasetMacros(scope: MacroScope): [string, JinjaValue][] {
  const rendering: string[] = [];
  return [
    [
      'dataset',
      defineMacro('dataset', ['dataset_id', 'include_metrics', 'columns'], (args) => {
        const reference: DatasetReference = {
          datasetId: datasetIdOf('dataset', args.dataset_id),
          includeMetrics: flag(args.include_metrics, false),
          columns: columnsOf(args.columns),
        };
        return `(\n${datasetSql(scope, reference)}\n) AS dataset_${reference.datasetId}`;
      }),
    ],
    [
      'metric',
      defineMacro('metric', ['metric_key', 'dataset_id'], (args) => {
        const metricKey = requireString('metric', 'metric_key', args.metric_key);
        const datasetId =
          args.dataset_id === undefined || args.dataset_id === null
            ? (scope.context.currentDatasetId ?? null)
            : datasetIdOf('metric', args.dataset_id);
        if (datasetId === null) {
          throw new TemplateError(
            'render',
            `Please specify the Dataset ID for the \`\`${metricKey}\`\` metric in the Jinja macro.`,
          );
        }
        const dataset = scope.context.datasets?.metrics?.find(
          (entry) => entry.datasetId === datasetId,
        );
        if (dataset === undefined)
          throw new TemplateError('render', `Dataset ID ${datasetId} not found.`);
        const definition = Object.hasOwn(dataset.metrics, metricKey)
          ? dataset.metrics[metricKey]
          : undefined;
        if (definition === undefined) {
          throw new TemplateError(
            'render',
            `Metric \`\`${metricKey}\`\` not found in ${dataset.tableName}.`,
          );
        }
        const key = `${datasetId}.${metricKey}`;
        if (rendering.includes(key)) {
          throw new TemplateError('render', `Metric \`\`${metricKey}\`\` refers to itself.`);
        }
        rendering.push(key);
        try {
          return scope.renderNested(definition);
        } finally {
          rendering.pop();
        }
      }),
    ],
  ];
}

function datasetIdOf(macro: string, value: unknown): number {
  const id = typeof value === 'string' && /^\d+$/.test(value) ? Number(value) : value;
  if (typeof id !== 'number' || !Number.isSafeInteger(id)) {
    throw new TemplateError('render', `${macro}() needs the dataset id as a whole number.`);
  }
  return id;
}

function columnsOf(value: unknown): string[] | null {
  if (value === undefined || value === null) return null;
  if (!Array.isArray(value) || !value.every((item) => typeof item === 'string')) {
    throw new TemplateError('render', 'dataset() needs columns as a list of column names.');
  }
  return value;
}

function datasetSql(scope: MacroScope, wanted: DatasetReference): string {
  const queries = (scope.context.datasets?.queries ?? []).filter(
    (query) => query.reference.datasetId === wanted.datasetId,
  );
  if (queries.length === 0)
    throw new TemplateError('render', `Dataset ${wanted.datasetId} not found.`);
  const match = queries.find((query) => sameReference(query.reference, wanted));
  if (match === undefined) {
    throw new TemplateError(
      'render',
      `dataset(${wanted.datasetId}) was not prepared with these arguments; write include_metrics and columns as literal values.`,
    );
  }
  return match.sql;
}

/** Whether two references ask for the same SQL. */
export function sameReference(a: DatasetReference, b: DatasetReference): boolean {
  const columns = (reference: DatasetReference) => JSON.stringify(reference.columns);
  return (
    a.datasetId === b.datasetId &&
    a.includeMetrics === b.includeMetrics &&
    columns(a) === columns(b)
  );
}
