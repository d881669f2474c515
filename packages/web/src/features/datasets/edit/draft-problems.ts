import { datasetUpdateSchema } from '@superset-ts/shared';
import { isCalculated, toDatasetUpdate, type DatasetDraft } from './dataset-draft';

/** The editor tab a problem is shown on. */
export type DraftTab = 'source' | 'metrics' | 'columns' | 'calculated' | 'settings';

/** Something the draft gets wrong, said so a user can find and fix it. */
export interface DraftProblem {
  tab: DraftTab;
  message: string;
}

function duplicates(names: readonly string[]): string[] {
  const seen = new Set<string>();
  const repeated = new Set<string>();
  for (const name of names.map((n) => n.trim()).filter(Boolean)) {
    if (seen.has(name)) repeated.add(name);
    seen.add(name);
  }
  return [...repeated];
}

function isJsonObjectText(text: string): boolean {
  if (!text.trim()) return true;
  try {
    const parsed: unknown = JSON.parse(text);
    return typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed);
  } catch {
    return false;
  }
}

/** Where a schema issue's path points, with the row's name when it is a column or metric. */
function describeIssue(
  draft: DatasetDraft,
  path: readonly PropertyKey[],
  message: string,
): DraftProblem {
  const [first, index, field] = path;
  if (first === 'metrics' && typeof index === 'number') {
    const name = draft.metrics[index]?.metric_name.trim() || `#${index + 1}`;
    return { tab: 'metrics', message: `Metric ${name}: ${String(field)} ${message}` };
  }
  if (first === 'columns' && typeof index === 'number') {
    const column = draft.columns[index];
    const name = column?.column_name.trim() || `#${index + 1}`;
    const tab = column && isCalculated(column) ? 'calculated' : 'columns';
    return { tab, message: `Column ${name}: ${String(field)} ${message}` };
  }
  const sourceFields = ['table_name', 'schema', 'sql'];
  const tab = sourceFields.includes(String(first)) ? 'source' : 'settings';
  return { tab, message: `${String(first)}: ${message}` };
}

/**
 * What must be fixed before the draft can be saved: the shared update schema's checks (the
 * server's own), plus the clashes the server would refuse (duplicate names, a calculated
 * column without SQL, a virtual dataset without SQL, extra that is not a JSON object).
 */
export function draftProblems(draft: DatasetDraft): DraftProblem[] {
  const problems: DraftProblem[] = [];
  if (!draft.table_name.trim()) problems.push({ tab: 'source', message: 'Name the dataset' });
  if (draft.sql !== null && !draft.sql.trim()) {
    problems.push({ tab: 'source', message: 'A virtual dataset needs its SQL' });
  }
  if (!isJsonObjectText(draft.extraText)) {
    problems.push({ tab: 'settings', message: 'Extra must be a JSON object' });
  }
  if (!isJsonObjectText(draft.template_params)) {
    problems.push({ tab: 'settings', message: 'Template parameters must be a JSON object' });
  }
  for (const name of duplicates(draft.metrics.map((m) => m.metric_name))) {
    problems.push({ tab: 'metrics', message: `Two metrics are named ${name}` });
  }
  for (const name of duplicates(draft.columns.map((c) => c.column_name))) {
    problems.push({ tab: 'columns', message: `Two columns are named ${name}` });
  }
  draft.columns.forEach((column, index) => {
    if (isCalculated(column) && !column.expression.trim()) {
      const name = column.column_name.trim() || `#${index + 1}`;
      problems.push({ tab: 'calculated', message: `Calculated column ${name} needs its SQL` });
    }
  });
  if (problems.length > 0) return problems;
  const parsed = datasetUpdateSchema.safeParse(toDatasetUpdate(draft));
  if (parsed.success) return [];
  return parsed.error.issues.map((issue) => describeIssue(draft, issue.path, issue.message));
}
