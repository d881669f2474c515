import { grammarFor, lexicalRulesFor, type SqlDialect } from './lexical-rules.js';
import { parseStatement } from './parse-statement.js';
import type { SqlScript } from './sql-script.js';
import { splitStatements } from './split-statements.js';

/**
 * Splits a script into statements and classifies each with the engine's grammar (pure, no
 * database). A statement is `select` (SELECT, WITH ... SELECT, UNION, ...), `readOnly` (SHOW,
 * DESCRIBE, EXPLAIN of a read), `mutating` (DML, DDL, SET, transaction control, SELECT INTO,
 * locking reads, calls to writing functions, and any statement type not known to read) or
 * `unparsed`: it did not parse, or its text could mean something else to the engine.
 *
 * Engines without a grammar (`parserDialect: null`) are read as ANSI SQL and parsed with
 * PostgreSQL's grammar; statements using backslashes, `$` or Oracle q-quotes then count as
 * unparsed, since the engine's own reading of them may differ.
 */
export function parseSqlScript(sql: string, dialect: SqlDialect): SqlScript {
  const rules = lexicalRulesFor(dialect);
  const context = { grammar: grammarFor(dialect), rules, script: sql };
  const statements = splitStatements(sql, rules).map((statement, index) =>
    parseStatement(statement, index + 1, context),
  );
  return { sql, statements };
}
