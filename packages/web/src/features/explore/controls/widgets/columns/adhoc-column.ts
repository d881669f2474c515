import type { AdhocColumn, QueryColumn } from '@superset-ts/shared';
import { columnLabel, type ExploreDataset } from '../../../explore-dataset';

/** The column editor's tabs: a dataset column, or a SQL expression. */
export type ColumnEditorTab = 'SIMPLE' | 'SQL';

/** What the column editor holds while the user edits. */
export interface ColumnDraft {
  tab: ColumnEditorTab;
  column: string | undefined;
  sql: string;
  label: string;
}

/** The editor's state for a column (a dataset column's name or an adhoc column), or a new one. */
export function columnDraftOf(column: QueryColumn | undefined): ColumnDraft {
  if (column === undefined) return { tab: 'SIMPLE', column: undefined, sql: '', label: '' };
  if (typeof column === 'string') return { tab: 'SIMPLE', column, sql: '', label: '' };
  const label = column.label && column.label !== column.sqlExpression ? column.label : '';
  return { tab: 'SQL', column: undefined, sql: column.sqlExpression, label };
}

/** Whether the draft names a whole column (the editor's Save is enabled). */
export function isColumnDraftComplete(draft: ColumnDraft): boolean {
  return draft.tab === 'SIMPLE' ? Boolean(draft.column) : draft.sql.trim() !== '';
}

/**
 * The column a complete draft stands for: a dataset column's name, or Superset's adhoc SQL
 * column `{sqlExpression, label, expressionType: 'SQL'}` (keeping what else an edited adhoc
 * column carried, such as an x-axis time grain).
 */
export function columnFromDraft(draft: ColumnDraft, edited?: QueryColumn): QueryColumn {
  if (draft.tab === 'SIMPLE') return draft.column ?? '';
  const sqlExpression = draft.sql.trim();
  const base = typeof edited === 'object' ? edited : {};
  const column: AdhocColumn = {
    ...base,
    sqlExpression,
    label: draft.label.trim() || sqlExpression,
    expressionType: 'SQL',
  };
  return column;
}

/** How a column's pill reads: a dataset column's verbose name (real name on hover), or the adhoc label. */
export function describeColumn(
  column: QueryColumn,
  dataset: ExploreDataset,
): { label: string; title: string; warning?: string } {
  if (typeof column !== 'string') {
    return { label: column.label || column.sqlExpression, title: column.sqlExpression };
  }
  const known = dataset.columns.find((candidate) => candidate.column_name === column);
  if (!known)
    return { label: column, title: column, warning: 'This column is not in the dataset.' };
  return {
    label: columnLabel(known),
    title: column,
    ...(known.warning_text ? { warning: known.warning_text } : {}),
  };
}
