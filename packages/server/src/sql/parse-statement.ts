import type * as NodeSqlParser from 'node-sql-parser';
import type { Parser } from 'node-sql-parser';
import { lazyRequire } from './lazy-require.js';
import { isAstNode, type AstNode } from './ast-nodes.js';
import { classifyAst, type Classification } from './classify-ast.js';
import { explainedStatementStart } from './explain-prefix.js';
import { findLexicalHazard } from './lexical-hazards.js';
import type { LexicalRules } from './lexical-rules.js';
import { referencedTables } from './referenced-tables.js';
import { codeTokens, tokenizeSql } from './sql-lexer.js';
import { positionAt, type SqlParseError, type SqlStatement } from './sql-script.js';
import type { StatementText } from './split-statements.js';
import { calledNames, findWriteEvidence } from './token-evidence.js';

const loadSqlParser = lazyRequire<typeof NodeSqlParser>('node-sql-parser');
let sharedParser: Parser | undefined;
const parserInstance = (): Parser => (sharedParser ??= new (loadSqlParser().Parser)());

/** What parsing one statement needs: its grammar, lexical rules and the whole script for positions. */
export interface StatementContext {
  grammar: string;
  rules: LexicalRules;
  script: string;
}

type Analysis = Pick<SqlStatement, 'kind' | 'reason' | 'parseError' | 'tables'>;

function unparsed(reason: string, parseError: SqlParseError | null = null): Analysis {
  return { kind: 'unparsed', reason, parseError, tables: [] };
}

function syntaxError(error: unknown, offset: number, context: StatementContext): SqlParseError {
  const start = isAstNode(error) && isAstNode(error.location) ? error.location.start : null;
  if (!isAstNode(start) || typeof start.offset !== 'number') {
    const { line, column } = positionAt(context.script, offset);
    const detail = error instanceof Error ? error.message : String(error);
    return { message: `The ${context.grammar} grammar cannot read it: ${detail}`, line, column };
  }
  // The grammar often points at the whitespace before the offending word.
  const skipped = /^\s*/u.exec(context.script.slice(offset + start.offset))?.[0].length ?? 0;
  const at = offset + start.offset + skipped;
  const { line, column } = positionAt(context.script, at);
  const word = /^(?:[^\s;]{1,24}|[^;])/u.exec(context.script.slice(at))?.[0];
  const near = word === undefined ? 'at the end of the statement' : `near "${word}"`;
  return { message: `Syntax error ${near} at line ${line}, column ${column}`, line, column };
}

function analyseParsed(statement: StatementText, context: StatementContext): Analysis {
  let parsed: ReturnType<Parser['parse']>;
  try {
    parsed = parserInstance().parse(statement.sql, { database: context.grammar });
  } catch (error) {
    const parseError = syntaxError(error, statement.start, context);
    return unparsed(`could not be parsed (${parseError.message})`, parseError);
  }
  const asts: unknown[] = Array.isArray(parsed.ast) ? parsed.ast : [parsed.ast];
  const [ast] = asts;
  if (asts.length !== 1 || !isAstNode(ast)) {
    return unparsed('was read as more than one statement by the parser');
  }
  try {
    return classifyParsed(ast, parsed.tableList, statement);
  } catch (error) {
    // A tree too deep or too odd to walk cannot be shown to be read-only.
    const detail = error instanceof Error ? error.message : String(error);
    return unparsed(`could not be analysed (${detail})`);
  }
}

function classifyParsed(
  ast: AstNode,
  tableList: readonly string[],
  statement: StatementText,
): Analysis {
  let classification: Classification = classifyAst(ast);
  const evidence =
    classification.kind === 'select' ? findWriteEvidence(codeTokens(statement.tokens)) : null;
  if (evidence !== null) classification = { kind: 'mutating', reason: evidence };
  const { tables, unresolved } = referencedTables(ast, tableList);
  if (unresolved !== null && classification.kind !== 'mutating') {
    return unparsed(`names a table that cannot be resolved (${unresolved})`);
  }
  return { ...classification, parseError: null, tables };
}

function analyse(statement: StatementText, context: StatementContext): Analysis {
  const hazard = findLexicalHazard(statement.sql, statement.tokens, context.rules);
  if (hazard !== null) return unparsed(`cannot be checked: ${hazard}`);
  const explained = explainedStatementStart(codeTokens(statement.tokens));
  if (explained === null) return analyseParsed(statement, context);
  const innerSql = statement.sql.slice(explained);
  const inner = analyse(
    {
      sql: innerSql,
      start: statement.start + explained,
      tokens: tokenizeSql(innerSql, context.rules),
    },
    context,
  );
  if (inner.kind === 'select' || inner.kind === 'readOnly') return { ...inner, kind: 'readOnly' };
  if (inner.kind === 'mutating')
    return { ...inner, reason: `explains a statement that ${inner.reason ?? 'writes'}` };
  return inner;
}

/** Parses and classifies one statement of a script. */
export function parseStatement(
  statement: StatementText,
  number: number,
  context: StatementContext,
): SqlStatement {
  return {
    number,
    sql: statement.sql,
    start: statement.start,
    ...analyse(statement, context),
    functions: calledNames(codeTokens(statement.tokens)),
  };
}
