/**
 * SQL Lab's statement handling, pure and without database access: split and classify a
 * script per engine (`parseSqlScript`), refuse DML where it is not allowed (`guardScript`),
 * limit rows in SQL (`applyRowLimit`, `getRowLimit`), rewrite for CTAS/CVAS
 * (`asCreateTable`) and pretty-print (`formatSql`).
 */
export { parseSqlScript } from './parse-sql-script.js';
export type { SqlScript, SqlStatement, SqlParseError, StatementKind } from './sql-script.js';
export { lexicalRulesFor, type LexicalRules, type SqlDialect } from './lexical-rules.js';
export { splitStatements, type StatementText } from './split-statements.js';
export { guardScript, isReadOnlyStatement, type GuardOptions } from './guard-script.js';
export { requireParsedScript } from './require-parsed-script.js';
export { applyRowLimit, getRowLimit, type LimitDialect } from './row-limit.js';
export { asCreateTable, type CreateTableAsOptions, type CtasMethod } from './create-table-as.js';
export { formatSql } from './format-sql.js';
export { formatterLanguage } from './formatter-languages.js';
export { isWritingFunction } from './writing-functions.js';
