import { describe, expect, it } from 'vitest';
import {
  MalformedNdjsonError,
  NdjsonLineSplitter,
  parseDashboardLine,
} from './dashboard-ndjson.js';

const text = (lines: { bytes: Buffer; arrivedMs: number }[]) =>
  lines.map((line) => [line.bytes.toString('utf8'), line.arrivedMs]);

describe('NdjsonLineSplitter', () => {
  it('stamps each line with the chunk that completed it, across chunk boundaries', () => {
    const splitter = new NdjsonLineSplitter();
    expect(text(splitter.push(Buffer.from('{"a":1}\n{"b":'), 5))).toEqual([['{"a":1}', 5]]);
    expect(text(splitter.push(Buffer.from('2'), 6))).toEqual([]);
    expect(text(splitter.push(Buffer.from('}\n{"c":3}\n\n{"d"'), 9))).toEqual([
      ['{"b":2}', 9],
      ['{"c":3}', 9],
    ]);
    expect(text([splitter.end(12)!])).toEqual([['{"d"', 12]]);
  });

  it('keeps a multi-byte character split between chunks whole', () => {
    const splitter = new NdjsonLineSplitter();
    const bytes = Buffer.from('{"city":"Zürich"}\n');
    const cut = bytes.indexOf(Buffer.from('ü')) + 1;
    splitter.push(bytes.subarray(0, cut), 1);
    const [line] = splitter.push(bytes.subarray(cut), 2);
    expect(line?.bytes.toString('utf8')).toBe('{"city":"Zürich"}');
    expect(splitter.end(3)).toBeUndefined();
  });
});

describe('parseDashboardLine', () => {
  it('reads the line types of the contract', () => {
    expect(
      parseDashboardLine(Buffer.from('{"type":"start","dashboard_id":1,"chart_ids":[2]}')),
    ).toEqual({ type: 'start', dashboard_id: 1, chart_ids: [2] });
  });

  it('refuses text that is not JSON, and JSON that is not a dashboard line', () => {
    expect(() => parseDashboardLine(Buffer.from('{"type":'))).toThrow(MalformedNdjsonError);
    expect(() => parseDashboardLine(Buffer.from('{"type":"row"}'))).toThrow(/type "row"/);
    expect(() => parseDashboardLine(Buffer.from('[1,2]'))).toThrow(MalformedNdjsonError);
  });
});
