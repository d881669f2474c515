import type { CellValue } from '../spec/client.js';

const WRAPPERS = /^(?:Nullable|LowCardinality)\((.*)\)$/;

/** The type inside `Nullable(...)` and `LowCardinality(...)`, however deeply wrapped. */
export function unwrapClickHouseType(type: string): string {
  let inner = type.trim();
  for (let match = WRAPPERS.exec(inner); match; match = WRAPPERS.exec(inner)) {
    inner = (match[1] ?? '').trim();
  }
  return inner;
}

/** Reads one unescaped TabSeparated field into a cell. */
export type ClickHouseCellParser = (text: string) => CellValue;

const SPECIAL_FLOATS: Readonly<Record<string, number>> = {
  inf: Infinity,
  '+inf': Infinity,
  '-inf': -Infinity,
  nan: NaN,
  '-nan': NaN,
};

const toNumber: ClickHouseCellParser = (text) => SPECIAL_FLOATS[text] ?? Number(text);

/** 64-bit and wider integers: a number while exact, otherwise the digits as text. */
const toInteger: ClickHouseCellParser = (text) => {
  const value = Number(text);
  return Number.isSafeInteger(value) ? value : text;
};

/** `YYYY-MM-DD[ HH:MM:SS[.fff]]`, the wall-clock time ClickHouse prints, read as UTC. */
const toMoment: ClickHouseCellParser = (text) => {
  const match = /^(\d{4})-(\d{2})-(\d{2})(?: (\d{2}):(\d{2}):(\d{2})(?:\.(\d+))?)?$/.exec(text);
  if (!match) return text;
  const [, y, mo, d, h = '0', mi = '0', s = '0', fraction = ''] = match;
  const ms = Number(fraction.padEnd(3, '0').slice(0, 3));
  return new Date(Date.UTC(+y!, +mo! - 1, +d!, +h, +mi, +s, ms));
};

/**
 * How a column of this type reads: numbers as numbers (Int64 and wider exactly, as text
 * past 2^53), Bool as booleans, Date and DateTime as `Date`s, anything else (strings,
 * arrays, tuples, UUIDs, enums) as ClickHouse prints it.
 */
export function clickHouseCellParser(type: string): ClickHouseCellParser {
  const base = unwrapClickHouseType(type);
  if (base === 'Nothing') return () => null;
  if (/^U?Int(8|16|32)$|^Float(32|64)$|^Decimal/.test(base)) return toNumber;
  if (/^U?Int(64|128|256)$/.test(base)) return toInteger;
  if (base === 'Bool') return (text) => text === 'true' || text === '1';
  if (/^(Date|Date32|DateTime|DateTime64)(\(.*\))?$/.test(base)) return toMoment;
  return (text) => text;
}
