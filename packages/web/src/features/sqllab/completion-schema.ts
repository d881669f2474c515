import type { SQLNamespace } from '@codemirror/lang-sql';

/** What the editor knows of the database so far, for autocomplete. */
export interface KnownMetadata {
  schemas: readonly string[];
  /** The schema the tab runs in; its tables complete without a prefix. */
  schema: string | null;
  tables: readonly string[];
  /** Column names of the tables whose metadata was loaded, by table name. */
  columns: Readonly<Record<string, readonly string[]>>;
}

/**
 * CodeMirror's completion namespace: every schema, the current schema's tables (columns of
 * the loaded ones inside), so `sch`, `schema.tab`, `tab` and `tab.col` all complete.
 */
export function toCompletionNamespace(metadata: KnownMetadata): SQLNamespace {
  const namespace: Record<string, SQLNamespace> = {};
  for (const schema of metadata.schemas) namespace[schema] = {};
  const tables: Record<string, SQLNamespace> = {};
  for (const table of metadata.tables) tables[table] = [...(metadata.columns[table] ?? [])];
  if (metadata.schema !== null) namespace[metadata.schema] = tables;
  else Object.assign(namespace, tables);
  return namespace;
}
