import { TIME_GRAINS, type TimeGrain } from '@superset-ts/shared';
import type { Dialect, DialectDefinition, TableRef } from './dialect.js';
import { EngineError } from './engine-error.js';
import { classifyEngineError } from './error-patterns.js';
import { NETWORK_ERROR_PATTERNS } from './network-error-patterns.js';
import { genericTypeOf } from './type-mapping.js';

/** Strips a trailing semicolon and whitespace so a statement can become a subquery. */
function asSubquery(sql: string): string {
  return sql.trim().replace(/;+\s*$/, '');
}

function limitedSelect(
  style: DialectDefinition['limitStyle'],
  from: string,
  limit: number,
): string {
  const n = Math.max(0, Math.floor(limit));
  switch (style) {
    case 'top':
      return `SELECT TOP ${n} *\nFROM ${from}`;
    case 'fetch_first':
      return `SELECT *\nFROM ${from}\nFETCH FIRST ${n} ROWS ONLY`;
    case 'limit':
      return `SELECT *\nFROM ${from}\nLIMIT ${n}`;
  }
}

/** Builds a dialect from its data: quoting, grains, limits, types and errors derive from it. */
export function defineDialect(definition: DialectDefinition): Dialect {
  const [open, close] = definition.identifierQuotes;
  const quoteIdentifier = (name: string) =>
    `${open}${name.split(close).join(close + close)}${close}`;
  const grains = TIME_GRAINS.map((grain) => grain.duration).filter(
    (grain) => definition.timeGrainExpressions[grain] !== undefined,
  );
  const epochMs =
    definition.epochMsToDttm ?? definition.epochToDttm.replace('{col}', '({col}/1000)');

  const errorPatterns = [...(definition.errorPatterns ?? []), ...NETWORK_ERROR_PATTERNS];

  return {
    ...definition,
    quoteIdentifier,
    quoteTable: (ref: TableRef) =>
      [ref.catalog, ref.schema, ref.table]
        .filter((part): part is string => typeof part === 'string' && part !== '')
        .map(quoteIdentifier)
        .join('.'),
    timeGrains: () => [...grains],
    timeGrainExpression(columnSql: string, grain: TimeGrain | null) {
      if (grain === null) return columnSql;
      const template = definition.timeGrainExpressions[grain];
      if (template === undefined) {
        throw new EngineError(
          'INVALID_PAYLOAD_SCHEMA_ERROR',
          `This database has no time grain ${grain}. It offers: ${grains.join(', ')}.`,
        );
      }
      return template.split('{col}').join(columnSql);
    },
    epochExpression: (columnSql, unit) =>
      (unit === 'epoch_ms' ? epochMs : definition.epochToDttm).split('{col}').join(columnSql),
    limitQuery(sql: string, limit: number) {
      if (definition.wrapLimit) return definition.wrapLimit(sql, limit);
      return limitedSelect(definition.limitStyle, `(\n${asSubquery(sql)}\n) AS inner_qry`, limit);
    },
    selectStar(ref: TableRef, limit = 100) {
      const table = [ref.catalog, ref.schema, ref.table]
        .filter((part): part is string => typeof part === 'string' && part !== '')
        .map(quoteIdentifier)
        .join('.');
      return limitedSelect(definition.limitStyle, table, limit);
    },
    genericType: (nativeType: string) => genericTypeOf(nativeType, definition.typeMappings),
    classifyError: (message, secrets) => classifyEngineError(errorPatterns, message, secrets),
  };
}

export type { TimeGrain };
