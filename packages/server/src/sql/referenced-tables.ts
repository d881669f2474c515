import type { TableRef } from '@superset-ts/engines';
import { childNodes, isAstNode, nodeType, type AstNode } from './ast-nodes.js';

/** Tables a statement reads or writes, and why that list may be incomplete. */
export interface ReferencedTables {
  tables: TableRef[];
  /** Why some relation could not be resolved; the statement then counts as unparsed. */
  unresolved: string | null;
}

const SKIPPED_KEYS: ReadonlySet<string> = new Set(['surround', 'tableList', 'columnList']);
/** CTE lists are walked on their own, each body with the names visible to it. */
const SKIPPED_WITH_CTES: ReadonlySet<string> = new Set([...SKIPPED_KEYS, 'with']);

function text(value: unknown): string | null {
  if (typeof value === 'string' && value !== '') return value;
  if (isAstNode(value) && typeof value.value === 'string' && value.value !== '') return value.value;
  return null;
}

function cteNames(node: AstNode): string[] {
  if (!Array.isArray(node.with)) return [];
  return (node.with as unknown[]).flatMap((cte) => {
    const name = isAstNode(cte) ? text(cte.name) : null;
    return name === null ? [] : [name];
  });
}

function isTableNode(node: AstNode): boolean {
  return typeof node.table === 'string' && !('column' in node) && nodeType(node) !== 'column_ref';
}

/** `[[catalog.]schema.]table` of a table node, or a reason it has too many parts. */
function tableRefOf(node: AstNode, table: string): TableRef | string {
  if (text(node.server) !== null) return `${table} is on a linked server`;
  const db = text(node.db);
  const schema = text(node.schema);
  const quotedAsOne = isAstNode(node.surround) && node.surround.table === '`';
  if (db === null && schema === null && quotedAsOne && table.includes('.')) {
    const parts = table.split('.');
    if (parts.length > 3) return `${table} has more than three parts`;
    const [name = table, schemaPart = null, catalogPart = null] = parts.reverse();
    return { table: name, schema: schemaPart, catalog: catalogPart };
  }
  if (schema !== null) return { table, schema, catalog: text(node.catalog) ?? db };
  return { table, schema: db, catalog: null };
}

/**
 * Every table a statement names, with CTE names left out where they are in scope, as
 * Superset's `extract_tables_from_statement` does: `WITH t AS (SELECT * FROM t) ...` reads
 * the real table `t` inside the CTE. A name is only a CTE when written unqualified and
 * spelled exactly as the CTE, so a doubt keeps the real table on the list.
 */
export function referencedTables(
  ast: unknown,
  parserTableList: readonly string[],
): ReferencedTables {
  const tables = new Map<string, TableRef>();
  const rawNames = new Set<string>();
  const allCtes = new Set<string>();
  let unresolved: string | null = null;

  const visit = (value: unknown, ctes: ReadonlySet<string>): void => {
    if (Array.isArray(value)) {
      for (const item of value as unknown[]) visit(item, ctes);
      return;
    }
    if (!isAstNode(value)) return;
    const names = cteNames(value);
    names.forEach((name) => allCtes.add(name));
    const isRecursive = (value.with as unknown[] | null | undefined)?.some(
      (cte) => isAstNode(cte) && cte.recursive === true,
    );
    (Array.isArray(value.with) ? (value.with as unknown[]) : []).forEach((cte, index) => {
      const visible = isRecursive ? names : names.slice(0, index);
      visit(isAstNode(cte) ? cte.stmt : null, new Set([...ctes, ...visible]));
    });
    const scope = names.length > 0 ? new Set([...ctes, ...names]) : ctes;
    if (isTableNode(value)) {
      const table = value.table as string;
      rawNames.add(table);
      const ref = tableRefOf(value, table);
      if (typeof ref === 'string') unresolved ??= ref;
      else if (ref.schema !== null || ref.catalog !== null || !scope.has(ref.table)) {
        tables.set(JSON.stringify([ref.catalog, ref.schema, ref.table]), ref);
      }
    }
    const skipped = Array.isArray(value.with) ? SKIPPED_WITH_CTES : SKIPPED_KEYS;
    for (const child of childNodes(value, skipped)) visit(child, scope);
  };
  visit(ast, new Set());

  // The grammar's own list is a cross-check: a name it saw that the walk did not means the
  // walk missed a place where tables hide, and the statement must not pass as resolved.
  const missed = parserTableList
    .map((entry) => entry.split('::').slice(2).join('::'))
    .find((name) => name !== 'null' && !rawNames.has(name) && !allCtes.has(name));
  if (missed !== undefined) unresolved ??= `${missed} was not found where tables are read`;
  return { tables: [...tables.values()], unresolved };
}
