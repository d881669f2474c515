import { sameReference } from './dataset-macros.js';
import {
  forEachNode,
  isAstNode,
  literalValue,
  parseTemplate,
  type AstNode,
} from './template-ast.js';
import type { DatasetReference, MetricReference } from './template-context.js';

/** The `dataset(...)` and `metric(...)` calls of a template whose arguments are literals. */
export interface TemplateReferences {
  readonly datasets: readonly DatasetReference[];
  readonly metrics: readonly MetricReference[];
}

/**
 * Lists the datasets and metrics a template mentions, so the caller can fetch their SQL
 * before rendering (the render worker has no database access). Calls with computed arguments
 * are skipped: rendering them reports the dataset as not found. A template that does not
 * parse has no references (rendering reports the syntax error). Metric definitions may call
 * `metric()` again: run this on fetched definitions too.
 */
export function findDatasetReferences(template: string): TemplateReferences {
  const datasets: DatasetReference[] = [];
  const metrics: MetricReference[] = [];
  let program;
  try {
    program = parseTemplate(template);
  } catch {
    return { datasets, metrics };
  }
  forEachNode(program, (node) => {
    if (
      node.type !== 'CallExpression' ||
      !isAstNode(node.callee) ||
      node.callee.type !== 'Identifier'
    ) {
      return;
    }
    const args = argumentsOf(
      node,
      node.callee.value === 'dataset' ? DATASET_PARAMETERS : METRIC_PARAMETERS,
    );
    if (node.callee.value === 'dataset') {
      const reference = datasetReference(args);
      if (reference !== null && !datasets.some((known) => sameReference(known, reference))) {
        datasets.push(reference);
      }
    } else if (node.callee.value === 'metric') {
      const reference = metricReference(args);
      const isKnown = metrics.some(
        (known) =>
          known.metricKey === reference?.metricKey && known.datasetId === reference.datasetId,
      );
      if (reference !== null && !isKnown) metrics.push(reference);
    }
  });
  return { datasets, metrics };
}

const DATASET_PARAMETERS = ['dataset_id', 'include_metrics', 'columns'];
const METRIC_PARAMETERS = ['metric_key', 'dataset_id'];
/** Marks an argument that is present but not a literal. */
const COMPUTED = Symbol('computed');

function argumentsOf(call: AstNode, parameters: readonly string[]): Map<string, unknown> {
  const found = new Map<string, unknown>();
  const args = Array.isArray(call.args) ? (call.args as unknown[]) : [];
  let position = 0;
  for (const argument of args) {
    if (!isAstNode(argument)) continue;
    if (
      argument.type === 'KeywordArgumentExpression' &&
      isAstNode(argument.key) &&
      isAstNode(argument.value)
    ) {
      found.set(String(argument.key.value), literalOrComputed(argument.value));
    } else {
      const name = parameters[position++];
      if (name !== undefined) found.set(name, literalOrComputed(argument));
    }
  }
  return found;
}

function literalOrComputed(node: AstNode): unknown {
  const value = literalValue(node);
  return value === undefined ? COMPUTED : value;
}

function datasetReference(args: Map<string, unknown>): DatasetReference | null {
  const datasetId = args.get('dataset_id');
  const includeMetrics = args.get('include_metrics') ?? false;
  const columns = args.get('columns') ?? null;
  if (typeof datasetId !== 'number' || !Number.isSafeInteger(datasetId)) return null;
  if (typeof includeMetrics !== 'boolean') return null;
  if (
    columns !== null &&
    !(Array.isArray(columns) && columns.every((item) => typeof item === 'string'))
  ) {
    return null;
  }
  return { datasetId, includeMetrics, columns };
}

function metricReference(args: Map<string, unknown>): MetricReference | null {
  const metricKey = args.get('metric_key');
  const datasetId = args.get('dataset_id') ?? null;
  if (typeof metricKey !== 'string') return null;
  if (datasetId !== null && (typeof datasetId !== 'number' || !Number.isSafeInteger(datasetId)))
    return null;
  return { metricKey, datasetId };
}
